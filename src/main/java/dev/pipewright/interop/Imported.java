package dev.pipewright.interop;

import dev.pipewright.model.Pipeline;
import java.util.Objects;

/** A pipeline read from another CI system's file, with the report of what did not carry over. */
public record Imported(Pipeline pipeline, InteropReport report) {
    public Imported {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(report);
    }
}
