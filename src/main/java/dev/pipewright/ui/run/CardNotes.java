package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.learn.WaitReason;
import dev.pipewright.ui.canvas.CardNote;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.state.WindowState;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts on the cards what the window state says for a learner: the marks "Fail in simulation" and,
 * during or after a run, why a card waits or did not run.
 */
public final class CardNotes {

    private CardNotes() {
    }

    public static void follow(WindowState state, PipelineCanvas canvas) {
        Runnable show = () -> canvas.setCardNotes(of(state.failInSimulationProperty().get(),
                state.waitReasonsProperty().get()));
        state.failInSimulationProperty().addListener((o, was, now) -> show.run());
        state.waitReasonsProperty().addListener((o, was, now) -> show.run());
    }

    static Map<ActionRef, CardNote> of(Set<ActionRef> failing, Map<ActionRef, WaitReason> reasons) {
        var notes = new HashMap<ActionRef, CardNote>();
        for (ActionRef a : failing) {
            notes.put(a, new CardNote(true, Optional.empty()));
        }
        reasons.forEach((a, reason) -> notes.put(a, new CardNote(failing.contains(a),
                Optional.of(new CardNote.Why(question(reason), reason.sentence(), reason.concept())))));
        return notes;
    }

    /** "Why is this waiting?" for an action that may still run, "Why did this not run?" for one that will not. */
    static String question(WaitReason reason) {
        return switch (reason.kind()) {
            case EARLIER_FAILURE, SUPERSEDED, STOPPED, NOT_LOCAL -> "Why did this not run?";
            default -> "Why is this waiting?";
        };
    }
}
