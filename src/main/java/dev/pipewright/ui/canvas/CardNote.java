package dev.pipewright.ui.canvas;

import java.util.Objects;
import java.util.Optional;

/**
 * What a card says for the learner besides its run status: that a simulation will fail it (a mark
 * the person set; not saved in the pipeline), and why it waits or did not run.
 *
 * @param failsInSimulation the person marked it "Fail in simulation"
 * @param why               the question and its answer, for a card that waits or did not run
 */
public record CardNote(boolean failsInSimulation, Optional<Why> why) {

    public CardNote {
        Objects.requireNonNull(why);
    }

    public static final CardNote NONE = new CardNote(false, Optional.empty());

    /**
     * "Why is this waiting?" and its answer.
     *
     * @param question "Why is this waiting?" or "Why did this not run?"
     * @param answer   the reason in a sentence, naming what it waits for
     * @param concept  the concept that explains it further (its tooltip adds the explanation)
     */
    public record Why(String question, String answer, String concept) {
        public Why {
            Objects.requireNonNull(question);
            Objects.requireNonNull(answer);
            Objects.requireNonNull(concept);
        }
    }
}
