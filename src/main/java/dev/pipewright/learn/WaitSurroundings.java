package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.engine.Simulation;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.engine.Transitions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What besides an execution's own record tells why it waits: the disabled transitions of its
 * pipeline, the other executions of it, the actions step-through holds, and how busy the slots are.
 *
 * @param otherExecutions records of the pipeline's other executions (live ones current), any order
 */
public record WaitSurroundings(Map<String, Transitions.Disabled> disabledTransitions,
                               List<ExecutionRecord> otherExecutions, List<String> pausedSteps,
                               int maxParallelActions, int workingActions) {

    private static final int HISTORY_LOOKED_AT = 50;

    public WaitSurroundings {
        disabledTransitions = Map.copyOf(disabledTransitions);
        otherExecutions = List.copyOf(otherExecutions);
        pausedSteps = List.copyOf(pausedSteps);
    }

    /** Nothing known besides the record: enough for why a finished execution's action did not run. */
    public static WaitSurroundings none() {
        return new WaitSurroundings(Map.of(), List.of(), List.of(), 0, 0);
    }

    /** For an execution of the past: the pipeline's other executions from the runs folder. */
    public static WaitSurroundings fromHistory(ExecutionStore store, String pipelineName) {
        return new WaitSurroundings(Map.of(), recent(store, pipelineName), List.of(), 0, 0);
    }

    /** For an execution running in {@code engine} now. */
    public static WaitSurroundings live(Engine engine, Execution execution) {
        String pipeline = execution.pipeline().name();
        var others = new LinkedHashMap<String, ExecutionRecord>();
        int working = 0;
        for (Execution e : engine.liveExecutions()) {
            ExecutionRecord r = e.record();
            working += (int) r.stages().stream().flatMap(s -> s.actions().stream())
                    .filter(a -> a.status() == ActionStatus.IN_PROGRESS && needsSlot(a)).count();
            if (r.pipelineName().equals(pipeline) && !e.id().equals(execution.id())) {
                others.put(e.id(), r);
            }
        }
        for (ExecutionRecord r : recent(engine.store(), pipeline)) {
            if (!r.executionId().equals(execution.id())) {
                others.putIfAbsent(r.executionId(), r);
            }
        }
        Map<String, Transitions.Disabled> disabled;
        try {
            disabled = engine.transitions(pipeline).disabled();
        } catch (RuntimeException e) {
            disabled = Map.of(); // an unreadable transitions file: the engine says so where it matters
        }
        List<String> paused = execution.simulation().map(Simulation::paused).orElse(List.of());
        return new WaitSurroundings(disabled, new ArrayList<>(others.values()), paused, engine.maxParallelActions(),
                working);
    }

    /** Approval gates only wait; they hold no slot (as the engine counts). */
    private static boolean needsSlot(ActionRecord a) {
        return !"Approval".equals(a.category());
    }

    private static List<ExecutionRecord> recent(ExecutionStore store, String pipelineName) {
        try {
            // only the newest folders are read: a long history must not slow a question about one card
            return store.folders(Optional.of(pipelineName)).stream().limit(HISTORY_LOOKED_AT)
                    .map(store::recover).flatMap(Optional::stream).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    Optional<ExecutionRecord> holderOf(String stage) {
        return otherExecutions.stream().filter(r -> !r.status().isFinal())
                .filter(r -> r.stage(stage).map(StageRecord::status)
                        .map(s -> s == dev.pipewright.engine.StageStatus.IN_PROGRESS).orElse(false))
                .findFirst();
    }
}
