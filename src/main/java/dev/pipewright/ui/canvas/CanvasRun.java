package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.PipelineLayout;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run shown on the canvas: a badge per card and stage, the arrows the run has passed, and
 * the stages whose inbound transition is disabled. Each call compares what every node shows with
 * what it should show and touches only the nodes that differ.
 */
final class CanvasRun {

    private final RunTicker ticker = new RunTicker();
    private Map<CanvasItem, RunBadge> badges = Map.of();
    private Set<String> closedStages = Set.of();
    private Map<ActionRef, CardNote> notes = Map.of();

    void setNotes(Map<ActionRef, CardNote> next) {
        notes = Map.copyOf(next);
    }

    Map<ActionRef, CardNote> notes() {
        return notes;
    }

    void setBadges(Map<CanvasItem, RunBadge> next) {
        badges = Map.copyOf(next);
    }

    Map<CanvasItem, RunBadge> badges() {
        return badges;
    }

    void setClosedStages(Set<String> next) {
        closedStages = Set.copyOf(next);
    }

    Set<String> closedStages() {
        return closedStages;
    }

    RunTicker ticker() {
        return ticker;
    }

    void setClock(Clock clock) {
        ticker.setClock(clock);
    }

    /** Brings every node in step with the run; counts the nodes changed and those left alone. */
    SyncStats show(CanvasSync sync, PipelineLayout layout) {
        int changed = 0;
        int same = 0;
        for (CardNode card : sync.cardNodes()) {
            boolean noted = card.showNote(notes.getOrDefault(card.ref(), CardNote.NONE));
            if (card.showRun(badge(new CanvasItem.CardItem(card.ref())), ticker) || noted) {
                changed++;
            } else {
                same++;
            }
        }
        for (StageNode stage : sync.stageNodes()) {
            if (stage.showRun(badge(new CanvasItem.StageItem(stage.model().name())), ticker)) {
                changed++;
            } else {
                same++;
            }
        }
        var passed = new Passed(layout);
        for (ArrowNode arrow : sync.arrowNodes()) {
            boolean closed = arrow.key() instanceof ArrowKey.StageOrder o && closedStages.contains(o.to());
            if (arrow.showRun(passed.test(arrow.key()), closed)) {
                changed++;
            } else {
                same++;
            }
        }
        return new SyncStats(0, changed, 0, same);
    }

    private Optional<RunBadge> badge(CanvasItem item) {
        return Optional.ofNullable(badges.get(item));
    }

    /** Which stages, groups and cards the run has reached, so which arrows it has gone along. */
    private final class Passed {
        private final Set<ActionRef> cards = new HashSet<>();
        private final Set<String> stages = new HashSet<>();
        private final Set<Group> groups = new HashSet<>();

        Passed(PipelineLayout layout) {
            badges.forEach((item, badge) -> {
                if (!badge.started()) {
                    return;
                }
                if (item instanceof CanvasItem.StageItem s) {
                    stages.add(s.stage());
                } else if (item instanceof CanvasItem.CardItem c) {
                    cards.add(c.ref());
                    stages.add(c.ref().stage());
                    layout.card(c.ref()).ifPresent(box ->
                            groups.add(new Group(c.ref().stage(), box.runOrder())));
                }
            });
        }

        boolean test(ArrowKey key) {
            if (key instanceof ArrowKey.StageOrder o) {
                return stages.contains(o.to());
            }
            if (key instanceof ArrowKey.GroupOrder g) {
                return groups.contains(new Group(g.stage(), g.toRunOrder()));
            }
            return cards.contains(((ArrowKey.ArtifactFlow) key).consumer());
        }
    }

    private record Group(String stage, int runOrder) {
    }
}
