package dev.pipewright.engine;

import dev.pipewright.model.Action;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** Takes one stage of an execution through its runOrder groups, each group's actions at once. */
final class StageRun {

    private final RunContext execution;
    private final Stage stage;
    private final RetryMode retryMode;

    /** @param retryMode null for a first run */
    StageRun(RunContext execution, Stage stage, RetryMode retryMode) {
        this.execution = execution;
        this.stage = stage;
        this.retryMode = retryMode;
    }

    Outcome run() {
        var toRun = actionsToRun();
        if (retryMode != null) {
            for (Action action : toRun) {
                execution.actionChanged(stage.name(), action.name(), a -> a.withStatus(ActionStatus.PENDING, null));
            }
        }
        execution.stageStatus(stage.name(), StageStatus.IN_PROGRESS);
        for (int runOrder : stage.runOrders()) {
            if (execution.isStopRequested()) {
                return end(StageStatus.STOPPED, null);
            }
            var group = new ArrayList<ActionRun>();
            for (Action action : toRun) {
                if (action.runOrder() == runOrder) {
                    group.add(new ActionRun(execution, stage.name(), action));
                }
            }
            group.forEach(ActionRun::start);
            for (ActionRun run : group) {
                run.join();
            }
            String failure = null;
            boolean abandoned = false;
            for (ActionRun run : group) {
                ActionRecord result = run.result();
                if (result.status() == ActionStatus.FAILED && failure == null) {
                    failure = "action '" + stage.name() + "/" + result.name() + "' failed: " + result.summary();
                }
                abandoned |= result.status() == ActionStatus.ABANDONED;
            }
            if (failure != null) {
                return end(StageStatus.FAILED, failure);
            }
            if (abandoned) {
                return end(StageStatus.STOPPED, null);
            }
        }
        return end(StageStatus.SUCCEEDED, null);
    }

    /** The result of one stage. */
    record Outcome(StageStatus status, String summary) {
    }

    private List<Action> actionsToRun() {
        if (retryMode == null || retryMode == RetryMode.ALL_ACTIONS) {
            return stage.actions();
        }
        var record = execution.record();
        return stage.actions().stream()
                .filter(a -> record.action(stage.name(), a.name())
                        .map(r -> r.status() != ActionStatus.SUCCEEDED).orElse(true))
                .toList();
    }

    private Outcome end(StageStatus status, String summary) {
        execution.stageStatus(stage.name(), status);
        return new Outcome(status, summary);
    }
}
