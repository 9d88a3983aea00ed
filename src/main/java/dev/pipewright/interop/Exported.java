package dev.pipewright.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files an export produces, by path relative to the output (the first entry is the main
 * file: the declaration or the workflow; others are e.g. buildspecs), with the report of what did
 * not carry over.
 */
public record Exported(Map<String, String> files, InteropReport report) {
    public Exported {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        Objects.requireNonNull(report);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an export has at least one file");
        }
    }

    /** The main file's text. */
    public String mainText() {
        return files.values().iterator().next();
    }
}
