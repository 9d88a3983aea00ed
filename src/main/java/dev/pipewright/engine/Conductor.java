package dev.pipewright.engine;

import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Stage;

/**
 * Takes an execution through its stages, from one on: waits at each stage's gate (execution
 * mode, disabled transitions), runs it, and says how the execution ended.
 */
final class Conductor {

    /** How the stages went: the execution's final status, and why when it did not succeed. */
    record Outcome(ExecutionStatus status, String summary) {
    }

    private final Execution execution;
    private final ExecutionState state;

    Conductor(Execution execution, ExecutionState state) {
        this.execution = execution;
        this.state = state;
    }

    /** @param retryMode how to rerun the first stage; null for a first run */
    Outcome run(int fromStage, RetryMode retryMode) {
        var pipeline = state.pipeline();
        StageGates gates = state.engine().gates(pipeline.name());
        ExecutionMode mode = pipeline.executionMode();
        Outcome outcome = new Outcome(ExecutionStatus.SUCCEEDED, null);
        try {
            for (int i = fromStage; i < pipeline.stages().size(); i++) {
                Stage stage = pipeline.stages().get(i);
                if (state.isStopRequested()) {
                    outcome = new Outcome(ExecutionStatus.STOPPED, null);
                    break;
                }
                try {
                    gates.enter(execution, stage.name(), mode,
                            () -> state.stageStatus(stage.name(), StageStatus.WAITING));
                } catch (StageGates.SupersededException e) {
                    state.stageStatus(stage.name(), StageStatus.PENDING);
                    outcome = new Outcome(ExecutionStatus.SUPERSEDED, e.getMessage());
                    break;
                } catch (StageGates.StoppedException e) {
                    state.stageStatus(stage.name(), StageStatus.PENDING);
                    outcome = new Outcome(ExecutionStatus.STOPPED, null);
                    break;
                }
                StageRun.Outcome result;
                try {
                    result = new StageRun(state, stage, i == fromStage ? retryMode : null).run();
                } finally {
                    gates.leave(execution, stage.name());
                }
                if (result.status() == StageStatus.FAILED) {
                    outcome = new Outcome(ExecutionStatus.FAILED, result.summary());
                    break;
                }
                if (result.status() == StageStatus.STOPPED) {
                    outcome = new Outcome(ExecutionStatus.STOPPED, null);
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            outcome = new Outcome(ExecutionStatus.FAILED, "Pipewright failed inside the engine: " + e);
        }
        if (outcome.status() == ExecutionStatus.STOPPED) {
            return new Outcome(ExecutionStatus.STOPPED, state.isAbandonRequested() ? "stopped and abandoned" : "stopped");
        }
        return outcome;
    }
}
