package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.engine.StageStatus;
import dev.pipewright.learn.WaitReason.Kind;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Why is this waiting?" and "why did this not run?" for an action of an execution, from its
 * record and what surrounds it: the group or stage before it, a free slot, a disabled transition,
 * an approval, step-through, an earlier failure, a newer execution, another execution ahead.
 * Empty when the action is not waiting (it runs, or it ran).
 */
public final class WaitReasons {

    private WaitReasons() {
    }

    /** For an execution running in {@code engine} now (or just ended). */
    public static Optional<WaitReason> why(Engine engine, Execution execution, String stage, String action) {
        return why(execution.pipeline(), execution.record(), stage, action, WaitSurroundings.live(engine, execution));
    }

    public static Optional<WaitReason> why(Pipeline pipeline, ExecutionRecord record, String stage, String action,
                                           WaitSurroundings around) {
        int stageIndex = pipeline.stageIndex(stage);
        Optional<ActionRecord> found = record.action(stage, action);
        if (stageIndex < 0 || found.isEmpty()) {
            return Optional.empty();
        }
        ActionRecord a = found.get();
        Stage declared = pipeline.stages().get(stageIndex);
        if (a.status() == ActionStatus.WAITING) {
            return Optional.of(new WaitReason(Kind.APPROVAL, "Waiting for a person to approve or reject " + stage + "/"
                    + action + (a.approval() != null && a.approval().message() != null && !a.approval().message().isBlank()
                    ? " (\"" + a.approval().message() + "\")" : "") + ".", "approval"));
        }
        if (a.status() == ActionStatus.SKIPPED) {
            return Optional.of(new WaitReason(Kind.NOT_LOCAL, stage + "/" + action + " did not run here: "
                    + Optional.ofNullable(a.summary()).orElse("its provider runs only on its CI service") + ".", "provider"));
        }
        if (a.status() != ActionStatus.PENDING) {
            return Optional.empty();
        }
        if (record.status().isFinal()) {
            return Optional.of(didNotRun(pipeline, record, stageIndex, declared, a, around));
        }
        StageStatus stageStatus = record.stage(stage).map(StageRecord::status).orElse(StageStatus.PENDING);
        if (stageStatus == StageStatus.PENDING && stageIndex == 0) {
            return Optional.empty(); // the execution is starting: it reaches its first stage in a moment
        }
        return Optional.of(switch (stageStatus) {
            case WAITING -> atTheGate(record, stage, around);
            case PENDING -> earlierStage(pipeline, record, stageIndex);
            default -> inTheStage(record, declared, a, around);
        });
    }

    private static WaitReason atTheGate(ExecutionRecord record, String stage, WaitSurroundings around) {
        var disabled = around.disabledTransitions().get(stage);
        if (disabled != null) {
            return new WaitReason(Kind.DISABLED_TRANSITION, "Waiting in front of stage " + stage
                    + ": the transition into it is disabled" + (disabled.by() == null ? "" : " by " + disabled.by())
                    + (disabled.reason() == null || disabled.reason().isBlank() ? "" : " (\"" + disabled.reason() + "\")")
                    + "; it goes on when the transition is enabled again.", "transition");
        }
        String mode = record.executionMode() == null ? "SUPERSEDED" : record.executionMode();
        String holder = around.holderOf(stage).map(r -> "execution " + r.executionId()).orElse("another execution");
        return new WaitReason(Kind.QUEUED, "Queued in front of stage " + stage + ": " + holder
                + " is in it, and in " + mode + " mode a stage takes one execution at a time"
                + (mode.equals("SUPERSEDED") ? " (a newer execution arriving here would replace this one)" : "") + ".",
                mode.equals("SUPERSEDED") ? "superseded" : "queued");
    }

    private static WaitReason earlierStage(Pipeline pipeline, ExecutionRecord record, int stageIndex) {
        for (int i = stageIndex - 1; i >= 0; i--) {
            String name = pipeline.stages().get(i).name();
            StageStatus s = record.stage(name).map(StageRecord::status).orElse(StageStatus.PENDING);
            if (s != StageStatus.PENDING || i == 0) { // the nearest stage before it that has begun
                return new WaitReason(Kind.EARLIER_STAGE, "Waiting for stage " + name
                        + " to finish: stages run one after another, and this one starts when every stage before it "
                        + "has succeeded.", "stage");
            }
        }
        return new WaitReason(Kind.EARLIER_STAGE, "Waiting for the execution to reach this stage.", "stage");
    }

    private static WaitReason inTheStage(ExecutionRecord record, Stage stage, ActionRecord a, WaitSurroundings around) {
        String key = stage.name() + "/" + a.name();
        if (around.pausedSteps().contains(key)) {
            return new WaitReason(Kind.STEP_PAUSED, "Paused before it starts: step-through holds each action until you "
                    + "press Continue (F8) in the window, or Enter at the terminal.", "execution");
        }
        List<Action> before = stage.actions().stream().filter(x -> x.runOrder() < a.runOrder()).toList();
        var unfinished = before.stream().filter(x -> record.action(stage.name(), x.name())
                .map(r -> r.status() != ActionStatus.SUCCEEDED).orElse(true)).toList();
        if (!unfinished.isEmpty()) {
            int group = unfinished.stream().mapToInt(Action::runOrder).min().orElseThrow();
            String names = stage.actions().stream().filter(x -> x.runOrder() == group).map(Action::name)
                    .collect(Collectors.joining(", "));
            return new WaitReason(Kind.GROUP_BEFORE, "Waiting for the group before it (runOrder " + group + ": " + names
                    + ") to finish: it has runOrder " + a.runOrder() + ", so it starts when every action with a lower "
                    + "runOrder in stage " + stage.name() + " has succeeded.", "runOrder");
        }
        String limit = around.maxParallelActions() > 0 ? around.workingActions() + " of at most "
                + around.maxParallelActions() + " actions are working" : "as many actions as may work at once are working";
        return new WaitReason(Kind.FREE_SLOT, "Waiting for a free slot: " + limit
                + "; it starts as soon as one of them finishes.", "parallel");
    }

    private static WaitReason didNotRun(Pipeline pipeline, ExecutionRecord record, int stageIndex, Stage stage,
                                        ActionRecord a, WaitSurroundings around) {
        if (record.status() == ExecutionStatus.SUPERSEDED) {
            String newer = around.otherExecutions().stream()
                    .filter(r -> r.startTime() != null && record.startTime() != null && r.startTime().isAfter(record.startTime()))
                    .min(Comparator.comparing(ExecutionRecord::startTime))
                    .map(r -> "execution " + r.executionId()).orElse("a newer execution");
            return new WaitReason(Kind.SUPERSEDED, "Did not run: " + newer + " overtook this one"
                    + Optional.ofNullable(record.summary()).filter(s -> s.contains("in front of"))
                    .map(s -> s.substring(s.indexOf("in front of"))).map(s -> " " + s).orElse("")
                    + ", and in SUPERSEDED mode only the newest change goes on.", "superseded");
        }
        if (record.status() == ExecutionStatus.FAILED) {
            for (int i = 0; i <= stageIndex; i++) {
                Stage s = pipeline.stages().get(i);
                boolean earlierStage = i < stageIndex;
                var failed = s.actions().stream()
                        .filter(x -> earlierStage || x.runOrder() < a.runOrder())
                        .map(x -> record.action(s.name(), x.name())).flatMap(Optional::stream)
                        .filter(r -> r.status() == ActionStatus.FAILED).findFirst();
                if (failed.isPresent()) {
                    String what = s.name() + "/" + failed.get().name();
                    String why = failed.get().summary() == null ? "" : " (" + failed.get().summary() + ")";
                    return new WaitReason(Kind.EARLIER_FAILURE, earlierStage
                            ? "Did not run: stage " + s.name() + " failed because " + what + " failed" + why
                            + ", and a pipeline stops at the first failed stage. Retry that stage to go on."
                            : "Did not run: " + what + ", in the group before it, failed" + why
                            + ", so the rest of stage " + s.name() + " was not started. Retry the stage to go on.",
                            "retry");
                }
            }
            return new WaitReason(Kind.EARLIER_FAILURE, "Did not run: the execution failed before it got here"
                    + Optional.ofNullable(record.summary()).map(s -> " (" + s + ")").orElse("") + ".", "execution");
        }
        return new WaitReason(Kind.STOPPED, "Did not run: the execution " + record.status().displayName().toLowerCase(
                java.util.Locale.ROOT) + " before it got here" + Optional.ofNullable(record.summary())
                .map(s -> " (" + s + ")").orElse("") + ".", "execution");
    }
}
