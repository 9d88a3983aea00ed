package dev.pipewright.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The record of one execution, kept as {@code execution.json} in its folder and rewritten
 * atomically as it changes. Secrets in it are masked.
 *
 * @param pipelineFile the absolute path of the file it was started from, if any
 * @param variables    the pipeline variables it ran with
 * @param simulation   how it was simulated; null for a real execution (nothing was executed when set)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionRecord(
        int schemaVersion,
        String executionId,
        String pipelineName,
        String pipelineFile,
        String executionMode,
        StartedBy startedBy,
        ExecutionStatus status,
        String summary,
        Instant startTime,
        Instant endTime,
        Map<String, String> variables,
        List<StageRecord> stages,
        SimulationSettings simulation) {

    public static final int SCHEMA_VERSION = 1;

    public ExecutionRecord {
        variables = variables == null ? Map.of()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(variables));
        stages = List.copyOf(stages);
    }

    /** A record of a real (not simulated) execution. */
    public ExecutionRecord(int schemaVersion, String executionId, String pipelineName, String pipelineFile,
                           String executionMode, StartedBy startedBy, ExecutionStatus status, String summary,
                           Instant startTime, Instant endTime, Map<String, String> variables,
                           List<StageRecord> stages) {
        this(schemaVersion, executionId, pipelineName, pipelineFile, executionMode, startedBy, status, summary,
                startTime, endTime, variables, stages, null);
    }

    /** Whether nothing was executed: each action only took a simulated time. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isSimulated() {
        return simulation != null;
    }

    public ExecutionRecord withSimulation(SimulationSettings settings) {
        return new ExecutionRecord(schemaVersion, executionId, pipelineName, pipelineFile, executionMode,
                startedBy, status, summary, startTime, endTime, variables, stages, settings);
    }

    public ExecutionRecord withStatus(ExecutionStatus newStatus, String newSummary) {
        return new ExecutionRecord(schemaVersion, executionId, pipelineName, pipelineFile, executionMode,
                startedBy, newStatus, newSummary, startTime, newStatus.isFinal() ? endTime : null, variables,
                stages, simulation);
    }

    public ExecutionRecord ended(ExecutionStatus newStatus, String newSummary, Instant at) {
        return new ExecutionRecord(schemaVersion, executionId, pipelineName, pipelineFile, executionMode,
                startedBy, newStatus, newSummary, startTime, at, variables, stages, simulation);
    }

    public ExecutionRecord withStage(String stageName, UnaryOperator<StageRecord> change) {
        var copy = new ArrayList<StageRecord>(stages.size());
        for (var s : stages) {
            copy.add(s.name().equals(stageName) ? change.apply(s) : s);
        }
        return new ExecutionRecord(schemaVersion, executionId, pipelineName, pipelineFile, executionMode,
                startedBy, status, summary, startTime, endTime, variables, copy, simulation);
    }

    public Optional<StageRecord> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
    }

    public Optional<ActionRecord> action(String stageName, String actionName) {
        return stage(stageName).flatMap(s -> s.action(actionName));
    }

    /**
     * The commit of this execution: a trigger's commit, else the first commit a Source action of
     * the first stage reported.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Optional<SourceCommit> commit() {
        if (startedBy != null && startedBy.gitChange().isPresent()) {
            return Optional.of(startedBy.gitChange().get().commit());
        }
        return stages.isEmpty() ? Optional.empty()
                : stages.get(0).actions().stream().flatMap(a -> a.commit().stream()).findFirst();
    }

    /** How long it ran, or has been running. */
    public Duration duration(Instant now) {
        if (startTime == null) {
            return Duration.ZERO;
        }
        return Duration.between(startTime, endTime != null ? endTime : now);
    }
}
