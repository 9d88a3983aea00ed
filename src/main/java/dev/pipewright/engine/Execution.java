package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of a pipeline snapshot, as the window and the command line hold it: started by the
 * engine ({@link ExecutionStart}) or reopened from disk to retry ({@link ExecutionReopening}), taken
 * through its stages by a {@link Conductor} on a thread of its own, stopped, retried, and decided
 * at its approval gates from here. What it knows while running is its {@link ExecutionState}.
 */
public final class Execution {

    private final ExecutionState state;
    private final Engine engine;
    private RunningLocks.Held lock; // guarded by this; null while no run of it goes on here
    private CompletableFuture<ExecutionRecord> completion = new CompletableFuture<>(); // guarded by this

    Execution(ExecutionState state, RunningLocks.Held lock) {
        this.state = state;
        this.engine = state.engine();
        this.lock = lock;
    }

    public String id() {
        return state.id();
    }

    public Pipeline pipeline() {
        return state.pipeline();
    }

    public ExecutionFolder folder() {
        return state.folder();
    }

    public ExecutionRecord record() {
        return state.record();
    }

    /** The controls of a simulated execution (failures, speed, step-through); empty for a real one. */
    public Optional<Simulation> simulation() {
        return state.simulation();
    }

    /** Waits for the current run to end (a retry starts a new one) and returns the final record. */
    public ExecutionRecord await() throws InterruptedException {
        try {
            return currentCompletion().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** As {@link #await()}, giving up after {@code timeout}; empty if still running then. */
    public Optional<ExecutionRecord> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(currentCompletion().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized CompletableFuture<ExecutionRecord> currentCompletion() {
        return completion;
    }

    void begin() {
        ExecutionRecord record = state.record();
        engine.publish(new ExecutionEvent.ExecutionStarted(id(), record.startTime(), pipeline().name(),
                record.startedBy()));
        startConductor(0, null);
    }

    private void startConductor(int fromStage, RetryMode retryMode) {
        var conductor = new Conductor(this, state);
        Thread thread = new Thread(() -> finish(conductor.run(fromStage, retryMode)), "pipewright-" + id());
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(Conductor.Outcome outcome) {
        Instant now = Instant.now();
        CompletableFuture<ExecutionRecord> done;
        ExecutionRecord last;
        synchronized (this) {
            last = state.update(r -> r.ended(outcome.status(), state.masker().mask(outcome.summary()), now));
            done = completion;
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id(), now, outcome.status(), last.summary()));
        engine.publish(new ExecutionEvent.ExecutionFinished(id(), now, outcome.status(), last.summary()));
        try {
            state.writer().flush();
        } catch (IOException e) {
            engine.publish(new ExecutionEvent.Problem(id(), Instant.now(), "could not save "
                    + folder().recordFile() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        releaseLock();
        engine.finished(this);
        done.complete(last);
    }

    private synchronized void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
            lock = null;
        }
    }

    /**
     * Stops the execution. Without {@code abandon}, running actions finish and nothing new starts;
     * with it, running actions are ended now (their process trees included) and marked Abandoned.
     *
     * @return false if the execution had already ended
     */
    public boolean stop(boolean abandon) {
        String why = abandon ? "stopping and abandoning" : "stopping";
        synchronized (this) {
            if (state.record().status().isFinal()) {
                return false;
            }
            state.requestStop(abandon);
            if (state.record().status() != ExecutionStatus.STOPPING) {
                state.update(r -> r.withStatus(ExecutionStatus.STOPPING, why));
            }
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id(), Instant.now(), ExecutionStatus.STOPPING, why));
        if (abandon) {
            for (ActionRun run : state.running()) {
                run.cancel(ActionStatus.ABANDONED, "abandoned: the execution was stopped");
            }
        }
        engine.gates(pipeline().name()).wake();
        return true;
    }

    /**
     * Runs a failed (or stopped) stage again and goes on from there, in this same execution.
     *
     * @throws IllegalStateException saying why when the stage cannot be retried now
     */
    public void retry(String stageName, RetryMode mode) {
        int index = pipeline().stageIndex(stageName);
        if (index < 0) {
            throw new IllegalStateException("the pipeline has no stage '" + stageName + "'; its stages are "
                    + pipeline().stages().stream().map(Stage::name).toList());
        }
        synchronized (this) {
            ExecutionRecord record = state.record();
            if (!record.status().isRetryable()) {
                throw new IllegalStateException("execution " + id() + " is " + record.status().displayName()
                        + "; only a Failed, Stopped or Interrupted execution can be retried");
            }
            StageStatus stageStatus = record.stage(stageName).map(StageRecord::status).orElse(StageStatus.PENDING);
            if (stageStatus != StageStatus.FAILED && stageStatus != StageStatus.STOPPED) {
                throw new IllegalStateException("stage '" + stageName + "' is " + stageStatus.displayName()
                        + "; only a Failed or Stopped stage can be retried");
            }
            if (lock == null) {
                try {
                    lock = folder().lock();
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            state.clearRequests();
            completion = new CompletableFuture<>();
            engine.track(this);
            state.update(r -> r.withStatus(ExecutionStatus.IN_PROGRESS, null));
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id(), Instant.now(), ExecutionStatus.IN_PROGRESS,
                "retrying stage '" + stageName + "' (" + mode + ")"));
        startConductor(index, mode);
    }

    /**
     * Records a decision on a waiting approval gate.
     *
     * @throws IllegalStateException when that action is not waiting for a decision
     */
    public void decide(String stage, String action, boolean approve, String by, String comment) {
        for (ActionRun run : state.running()) {
            if (run.stageName().equals(stage) && run.action().name().equals(action)) {
                run.decide(approve, by, comment);
                return;
            }
        }
        String now = record().action(stage, action).map(a -> a.status().displayName())
                .orElse("not part of this pipeline");
        throw new IllegalStateException("action '" + stage + "/" + action + "' is not waiting for approval (it is "
                + now + ")");
    }

    // --- for StageGates, which orders executions of one pipeline ---

    boolean isStopRequested() {
        return state.isStopRequested();
    }

    boolean isSuperseded() {
        return state.isSuperseded();
    }

    void supersede() {
        state.supersede();
    }

    @Override
    public String toString() {
        return "execution " + id() + " of " + pipeline().name();
    }
}
