package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: a snapshot of a pipeline, the file it came from (relative paths in its settings
 * resolve against that file's folder), values for its variables, who started it, and what to do
 * with actions that cannot run on this machine (skip them unless told otherwise).
 */
public record RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                         StartedBy startedBy, NonLocalActions nonLocalActions) {
    public RunRequest {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(pipelineFile);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(startedBy);
        Objects.requireNonNull(nonLocalActions);
    }

    /** A request that skips actions that cannot run here. */
    public RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                      StartedBy startedBy) {
        this(pipeline, pipelineFile, variables, startedBy, NonLocalActions.SKIP);
    }

    public static RunRequest of(Pipeline pipeline, Path file) {
        return new RunRequest(pipeline, Optional.of(file), Map.of(), StartedBy.cli());
    }

    public RunRequest withVariables(Map<String, String> values) {
        return new RunRequest(pipeline, pipelineFile, values, startedBy, nonLocalActions);
    }

    public RunRequest withStartedBy(StartedBy by) {
        return new RunRequest(pipeline, pipelineFile, variables, by, nonLocalActions);
    }

    public RunRequest withNonLocalActions(NonLocalActions choice) {
        return new RunRequest(pipeline, pipelineFile, variables, startedBy, choice);
    }

    /** The folder relative paths resolve against. */
    public Path baseDir() {
        return pipelineFile.map(f -> f.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
    }
}
