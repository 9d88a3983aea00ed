package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: a snapshot of a pipeline, the file it came from (relative paths in its settings
 * resolve against that file's folder), values for its variables, and who started it.
 */
public record RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                         StartedBy startedBy) {
    public RunRequest {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(pipelineFile);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(startedBy);
    }

    public static RunRequest of(Pipeline pipeline, Path file) {
        return new RunRequest(pipeline, Optional.of(file), Map.of(), StartedBy.cli());
    }

    public RunRequest withVariables(Map<String, String> values) {
        return new RunRequest(pipeline, pipelineFile, values, startedBy);
    }

    public RunRequest withStartedBy(StartedBy by) {
        return new RunRequest(pipeline, pipelineFile, variables, by);
    }

    /** The folder relative paths resolve against. */
    public Path baseDir() {
        return pipelineFile.map(f -> f.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
    }
}
