package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.learn.WaitReason;
import dev.pipewright.learn.WaitReasons;
import dev.pipewright.learn.WaitSurroundings;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.state.WindowState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Finds why each action of the execution on screen waits or did not run, and puts it in the
 * window's state. What surrounds an execution (other executions, transitions) is read from disk,
 * so the answers are worked out off the FX thread, the latest request only.
 */
final class WhyReasons {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pipewright-why");
        thread.setDaemon(true);
        return thread;
    });

    private final WindowState state;
    private final AtomicReference<Runnable> latest = new AtomicReference<>();
    private long asked;

    WhyReasons(WindowState state) {
        this.state = state;
    }

    /** Works out the reasons for a live execution (its simulation's pauses included). */
    void live(Engine engine, Execution execution) {
        ask(() -> reasons(execution.pipeline(), execution.record(), WaitSurroundings.live(engine, execution)));
    }

    /** Works out the reasons for an execution of the past. */
    void ended(Engine engine, ExecutionRecord record, Optional<Pipeline> pipeline) {
        if (pipeline.isEmpty()) {
            clear();
            return;
        }
        ask(() -> reasons(pipeline.get(), record, WaitSurroundings.fromHistory(engine.store(), record.pipelineName())));
    }

    void clear() {
        asked++;
        state.waitReasonsProperty().set(Map.of());
    }

    private void ask(java.util.function.Supplier<Map<ActionRef, WaitReason>> work) {
        long ticket = ++asked;
        Runnable job = () -> {
            Map<ActionRef, WaitReason> found;
            try {
                found = work.get();
            } catch (RuntimeException e) {
                found = Map.of(); // a record being rewritten; the next batch asks again
            }
            Map<ActionRef, WaitReason> result = found;
            Platform.runLater(() -> {
                if (ticket == asked && !result.equals(state.waitReasonsProperty().get())) {
                    state.waitReasonsProperty().set(result);
                }
            });
        };
        // only the newest request matters: one that is still queued is replaced
        if (latest.getAndSet(job) == null) {
            WORKER.execute(() -> {
                Runnable next = latest.getAndSet(null);
                if (next != null) {
                    next.run();
                }
            });
        }
    }

    static Map<ActionRef, WaitReason> reasons(Pipeline pipeline, ExecutionRecord record, WaitSurroundings around) {
        var reasons = new LinkedHashMap<ActionRef, WaitReason>();
        for (var stage : record.stages()) {
            for (var action : stage.actions()) {
                WaitReasons.why(pipeline, record, stage.name(), action.name(), around)
                        .ifPresent(r -> reasons.put(new ActionRef(stage.name(), action.name()), r));
            }
        }
        return reasons;
    }
}
