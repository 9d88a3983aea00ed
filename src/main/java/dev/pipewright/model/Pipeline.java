package dev.pipewright.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A whole pipeline: stages in order, variables, triggers and how overlapping runs behave. */
public record Pipeline(
        String name,
        Optional<String> description,
        ExecutionMode executionMode,
        List<PipelineVariable> variables,
        List<Stage> stages,
        List<Trigger> triggers,
        Map<String, String> extensions) {

    public Pipeline {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(executionMode);
        variables = List.copyOf(variables);
        stages = List.copyOf(stages);
        triggers = List.copyOf(triggers);
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    public static Pipeline of(String name, Stage... stages) {
        return new Pipeline(name, Optional.empty(), ExecutionMode.SUPERSEDED, List.of(),
                List.of(stages), List.of(), Map.of());
    }

    public Optional<Stage> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
    }

    public int stageIndex(String stageName) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stageName)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<PipelineVariable> variable(String variableName) {
        return variables.stream().filter(v -> v.name().equals(variableName)).findFirst();
    }

    public Pipeline withName(String newName) {
        return new Pipeline(newName, description, executionMode, variables, stages, triggers, extensions);
    }

    public Pipeline withStages(List<Stage> newStages) {
        return new Pipeline(name, description, executionMode, variables, newStages, triggers, extensions);
    }

    public Pipeline withVariables(List<PipelineVariable> newVariables) {
        return new Pipeline(name, description, executionMode, newVariables, stages, triggers, extensions);
    }

    public Pipeline withExecutionMode(ExecutionMode newMode) {
        return new Pipeline(name, description, newMode, variables, stages, triggers, extensions);
    }

    public Pipeline withStage(int index, Stage stage) {
        var copy = new java.util.ArrayList<>(stages);
        copy.set(index, stage);
        return withStages(copy);
    }
}
