package dev.pipewright.ui;

import javafx.scene.control.TextInputControl;

/**
 * Where a part of the inspector attaches the text fields it edits through, so that what is being
 * typed in them is committed before any command runs (Save, Run, Export, Close, a new selection),
 * and typing goes on in the same place when the part is built again after its own commit.
 */
@FunctionalInterface
interface FieldTyping {

    /** Makes {@code field} commit through {@code commit}; {@code multiLine} fields take Enter as text. */
    FieldEdit attach(TextInputControl field, Runnable commit, boolean multiLine);
}
