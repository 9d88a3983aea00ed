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
}
