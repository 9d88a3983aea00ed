package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.SourceCommit;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.engine.StageStatus;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.RunBadge;
import dev.pipewright.ui.canvas.RunStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What each card and stage shows for an execution's record: the engine's states in the canvas's words. */
public final class RunBadges {
    private RunBadges() {
    }

    public static Map<CanvasItem, RunBadge> of(ExecutionRecord record) {
        var badges = new LinkedHashMap<CanvasItem, RunBadge>();
        var triggered = record.startedBy() == null ? Optional.<StartedBy.GitChange>empty() : record.startedBy().gitChange();
        boolean superseded = record.status() == ExecutionStatus.SUPERSEDED;
        for (StageRecord stage : record.stages()) {
            RunStatus stageStatus = superseded && stage.status() == StageStatus.PENDING ? RunStatus.SUPERSEDED
                    : status(stage.status());
            badges.put(new CanvasItem.StageItem(stage.name()), new RunBadge(stageStatus,
                    Optional.ofNullable(stage.startTime()), took(stage.startTime(), stage.endTime()), Optional.empty()));
            for (ActionRecord action : stage.actions()) {
                RunStatus status = superseded && action.status() == ActionStatus.PENDING ? RunStatus.SUPERSEDED
                        : status(action.status());
                // a Source card shows its commit: the one it fetched, else (still fetching) the trigger's
                Optional<SourceCommit> commit = action.commit().or(() -> triggered
                        .filter(t -> t.sourceAction().equals(action.name()) && stage == record.stages().get(0))
                        .map(StartedBy.GitChange::commit));
                badges.put(new CanvasItem.CardItem(new ActionRef(stage.name(), action.name())), new RunBadge(status,
                        Optional.ofNullable(action.startTime()), took(action.startTime(), action.endTime()),
                        detail(action).or(() -> commit.map(c -> c.shortId() + " " + c.message())),
                        commit.map(RunBadges::inFull)));
            }
        }
        return badges;
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    /** A commit as the Source card's tooltip tells it: all a card has no room for. */
    static String inFull(SourceCommit c) {
        var text = new StringBuilder("Commit ").append(c.id()).append('\n').append(c.message());
        if (c.authorName() != null || c.authorDate() != null) {
            text.append("\nby ").append(c.authorName() == null ? "someone" : c.authorName());
            if (c.authorDate() != null) {
                text.append(", ").append(WHEN.format(c.authorDate()));
            }
        }
        if (!c.branch().isEmpty()) {
            text.append("\non branch ").append(c.branch());
        }
        return text.toString();
    }

    private static Optional<Duration> took(java.time.Instant start, java.time.Instant end) {
        return start != null && end != null ? Optional.of(Duration.between(start, end)) : Optional.empty();
    }

    private static Optional<String> detail(ActionRecord action) {
        if (action.tests() != null) {
            var t = action.tests();
            return Optional.of(t.passed() + " passed, " + t.failed() + " failed"
                    + (t.skipped() > 0 ? ", " + t.skipped() + " skipped" : ""));
        }
        if (action.approval() != null && action.approval().isDecided()) {
            return Optional.of(action.approval().decision() + " by " + action.approval().by());
        }
        if (action.status() == ActionStatus.WAITING) {
            return Optional.of("Click to decide"); // the status icon says it waits; short enough for a card
        }
        return Optional.empty();
    }

    static RunStatus status(ActionStatus status) {
        return switch (status) {
            case PENDING -> RunStatus.PENDING;
            case IN_PROGRESS -> RunStatus.RUNNING;
            case WAITING -> RunStatus.WAITING;
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case FAILED -> RunStatus.FAILED;
            case ABANDONED -> RunStatus.STOPPED;
            case SKIPPED -> RunStatus.SKIPPED;
        };
    }

    static RunStatus status(StageStatus status) {
        return switch (status) {
            case PENDING -> RunStatus.PENDING;
            case WAITING -> RunStatus.WAITING;
            case IN_PROGRESS, STOPPING -> RunStatus.RUNNING;
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case FAILED -> RunStatus.FAILED;
            case STOPPED, CANCELLED -> RunStatus.STOPPED;
            case SKIPPED -> RunStatus.SKIPPED;
        };
    }
}
