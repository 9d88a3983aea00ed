package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.VariableReference;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which concepts a pipeline (and one of its executions) shows, in the order a lesson explains them. */
public final class LessonConcepts {

    private LessonConcepts() {
    }

    public static List<Concept> of(Pipeline pipeline, Optional<ExecutionRecord> execution) {
        Set<String> ids = new LinkedHashSet<>(List.of("pipeline", "stage", "action", "category", "provider"));
        var actions = pipeline.stages().stream().flatMap(s -> s.actions().stream()).toList();
        if (pipeline.stages().stream().anyMatch(s -> s.runOrders().size() > 1)) {
            ids.add("runOrder");
        }
        if (pipeline.stages().stream().anyMatch(LessonConcepts::hasParallelGroup)) {
            ids.add("parallel");
        }
        if (actions.stream().anyMatch(a -> !a.outputArtifacts().isEmpty())) {
            ids.add("artifact");
        }
        if (!pipeline.variables().isEmpty() || actions.stream().anyMatch(LessonConcepts::refersToVariables)) {
            ids.add("variable");
        }
        if (actions.stream().anyMatch(a -> a.namespace().isPresent())) {
            ids.add("namespace");
        }
        if (!pipeline.triggers().isEmpty()) {
            ids.add("trigger");
        }
        ids.add("execution");
        ids.add("executionMode");
        if (pipeline.executionMode() == ExecutionMode.SUPERSEDED
                || execution.map(r -> r.status() == ExecutionStatus.SUPERSEDED).orElse(false)) {
            ids.add("superseded");
        }
        if (pipeline.executionMode() == ExecutionMode.QUEUED) {
            ids.add("queued");
        }
        if (pipeline.stages().size() > 1) {
            ids.add("transition");
        }
        if (actions.stream().anyMatch(a -> a.category() == ActionCategory.APPROVAL)) {
            ids.add("approval");
        }
        boolean retried = execution.map(r -> r.stages().stream().flatMap(s -> s.actions().stream())
                .anyMatch(a -> a.attempt() > 1)).orElse(false);
        if (retried || execution.map(r -> r.status() == ExecutionStatus.FAILED).orElse(false)) {
            ids.add("retry");
        }
        if (actions.stream().anyMatch(a -> a.timeoutInMinutes().isPresent() || a.category() == ActionCategory.APPROVAL)
                || execution.map(LessonConcepts::timedOut).orElse(false)) {
            ids.add("timeout");
        }
        return ids.stream().map(Concepts::find).flatMap(Optional::stream).toList();
    }

    private static boolean hasParallelGroup(Stage stage) {
        return stage.runOrders().stream()
                .anyMatch(order -> stage.actions().stream().filter(a -> a.runOrder() == order).count() > 1);
    }

    private static boolean refersToVariables(Action action) {
        return action.configuration().values().stream().anyMatch(v -> !VariableReference.findAll(v).isEmpty());
    }

    private static boolean timedOut(ExecutionRecord record) {
        return record.stages().stream().flatMap(s -> s.actions().stream()).map(ActionRecord::summary)
                .anyMatch(s -> s != null && s.contains("timed out"));
    }
}
