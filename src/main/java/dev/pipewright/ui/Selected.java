package dev.pipewright.ui;

import dev.pipewright.edit.ActionRef;

/** What the inspector shows: the pipeline, one stage, one action, one connection, or a count of several things. */
public sealed interface Selected {

    record Pipeline() implements Selected {
    }

    record OneStage(String stage) implements Selected {
    }

    record OneAction(ActionRef action) implements Selected {
    }

    /** The flow of {@code artifact} from one action into another: an arrow on the canvas. */
    record OneConnection(String artifact, ActionRef producer, ActionRef consumer) implements Selected {
    }

    record Several(int count) implements Selected {
    }
}
