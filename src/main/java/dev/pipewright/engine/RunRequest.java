package dev.pipewright.engine;

import dev.pipewright.actions.SourceRevision;
import dev.pipewright.model.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: a snapshot of a pipeline, the file it came from (relative paths in its settings
 * resolve against that file's folder), values for its variables, who started it, and the
 * revisions Source actions must fetch instead of what their settings name (a trigger's commit,
 * as CodePipeline's {@code sourceRevisions}).
 */
public record RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                         StartedBy startedBy, List<SourceRevision> sourceRevisions) {
    public RunRequest {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(pipelineFile);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(startedBy);
        sourceRevisions = List.copyOf(sourceRevisions);
    }

    public RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                      StartedBy startedBy) {
        this(pipeline, pipelineFile, variables, startedBy, List.of());
    }

    public static RunRequest of(Pipeline pipeline, Path file) {
        return new RunRequest(pipeline, Optional.of(file), Map.of(), StartedBy.cli());
    }

    public RunRequest withVariables(Map<String, String> values) {
        return new RunRequest(pipeline, pipelineFile, values, startedBy, sourceRevisions);
    }

    public RunRequest withStartedBy(StartedBy by) {
        return new RunRequest(pipeline, pipelineFile, variables, by, sourceRevisions);
    }

    public RunRequest withSourceRevisions(List<SourceRevision> revisions) {
        return new RunRequest(pipeline, pipelineFile, variables, startedBy, revisions);
    }

    /** The folder relative paths resolve against. */
    public Path baseDir() {
        return pipelineFile.map(f -> f.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
    }
}
