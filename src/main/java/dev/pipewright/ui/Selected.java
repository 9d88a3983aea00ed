package dev.pipewright.ui;

import dev.pipewright.edit.ActionRef;

/** What the inspector shows: the pipeline, one stage, one action, or a count of several things. */
public sealed interface Selected {

    record Pipeline() implements Selected {
    }

    record OneStage(String stage) implements Selected {
    }

    record OneAction(ActionRef action) implements Selected {
    }

    record Several(int count) implements Selected {
    }
}
