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
 * resolve against that file's folder), values for its variables, who started it, the revisions
 * Source actions must fetch instead of what their settings name (a trigger's commit, as
 * CodePipeline's {@code sourceRevisions}), and what to do with actions that cannot run on this
 * machine (skip them unless told otherwise), and whether to simulate it instead of running it.
 */
public record RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                         StartedBy startedBy, List<SourceRevision> sourceRevisions,
                         NonLocalActions nonLocalActions, Optional<SimulationSettings> simulation) {
    public RunRequest {
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(pipelineFile);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(startedBy);
        sourceRevisions = List.copyOf(sourceRevisions);
        Objects.requireNonNull(nonLocalActions);
        Objects.requireNonNull(simulation);
    }

    public RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                      StartedBy startedBy, List<SourceRevision> sourceRevisions, NonLocalActions nonLocalActions) {
        this(pipeline, pipelineFile, variables, startedBy, sourceRevisions, nonLocalActions, Optional.empty());
    }

    /** A request for the revisions the settings name, skipping actions that cannot run here. */
    public RunRequest(Pipeline pipeline, Optional<Path> pipelineFile, Map<String, String> variables,
                      StartedBy startedBy) {
        this(pipeline, pipelineFile, variables, startedBy, List.of(), NonLocalActions.SKIP, Optional.empty());
    }

    public static RunRequest of(Pipeline pipeline, Path file) {
        return new RunRequest(pipeline, Optional.of(file), Map.of(), StartedBy.cli());
    }

    public RunRequest withVariables(Map<String, String> values) {
        return new RunRequest(pipeline, pipelineFile, values, startedBy, sourceRevisions, nonLocalActions, simulation);
    }

    public RunRequest withStartedBy(StartedBy by) {
        return new RunRequest(pipeline, pipelineFile, variables, by, sourceRevisions, nonLocalActions, simulation);
    }

    public RunRequest withSourceRevisions(List<SourceRevision> revisions) {
        return new RunRequest(pipeline, pipelineFile, variables, startedBy, revisions, nonLocalActions, simulation);
    }

    public RunRequest withNonLocalActions(NonLocalActions choice) {
        return new RunRequest(pipeline, pipelineFile, variables, startedBy, sourceRevisions, choice, simulation);
    }

    /** The same request, simulated instead of run: nothing is executed. */
    public RunRequest simulated(SimulationSettings settings) {
        return new RunRequest(pipeline, pipelineFile, variables, startedBy, sourceRevisions, nonLocalActions,
                Optional.of(settings));
    }

    /** The folder relative paths resolve against. */
    public Path baseDir() {
        return pipelineFile.map(f -> f.toAbsolutePath().getParent())
                .orElse(Path.of("").toAbsolutePath());
    }
}
