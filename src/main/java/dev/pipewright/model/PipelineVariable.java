package dev.pipewright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A pipeline-level variable, referenced as {@code #{variables.NAME}}. A secret never has its value
 * in the file: it comes from {@code fromEnv} (an environment variable), a variables file or the
 * command line, and is masked in every log, record and export.
 */
public record PipelineVariable(
        String name,
        Optional<String> defaultValue,
        Optional<String> description,
        boolean secret,
        Optional<String> fromEnv) {

    public PipelineVariable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(defaultValue);
        Objects.requireNonNull(description);
        Objects.requireNonNull(fromEnv);
    }

    public static PipelineVariable of(String name, String defaultValue) {
        return new PipelineVariable(name, Optional.ofNullable(defaultValue), Optional.empty(), false,
                Optional.empty());
    }

    public static PipelineVariable secretFromEnv(String name, String environmentVariable) {
        return new PipelineVariable(name, Optional.empty(), Optional.empty(), true,
                Optional.of(environmentVariable));
    }
}
