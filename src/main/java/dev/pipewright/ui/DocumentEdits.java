package dev.pipewright.ui;

import dev.pipewright.edit.EditResult;
import dev.pipewright.model.Pipeline;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Applies an edit to the open document as one undo step. A refused edit changes nothing and says
 * why in the status bar; an edit's notes (what it changed beyond the gesture) go there too.
 */
public interface DocumentEdits {

    void apply(String description, UnaryOperator<Pipeline> edit);

    void perform(String description, Function<Pipeline, EditResult> edit);

    /**
     * A text field's edit: when it continues the same field's edit just made ({@code description}
     * the same, nothing done since), it replaces that step, so a field typed in and committed on
     * the way (a Save meanwhile) is one undo step, never one per commit.
     */
    void applyField(String description, UnaryOperator<Pipeline> edit);

    /** As {@link #applyField}, for edits that report what they changed beyond the field (said in the status bar). */
    void performField(String description, Function<Pipeline, EditResult> edit);
}
