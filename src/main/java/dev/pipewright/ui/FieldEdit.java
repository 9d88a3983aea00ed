package dev.pipewright.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field of the inspector and the edit it makes. The text is committed when focus leaves,
 * on Enter (Ctrl+Enter in multi-line fields), and whenever the window asks before running a
 * command ({@link #commitIfChanged}), so Save, Run or Export never miss what is being typed.
 * The field shows the model's value again after undo, redo or a reload, but never rewrites text
 * the person is typing because of its own commit.
 */
final class FieldEdit {

    private final TextInputControl field;
    private final Runnable commit;
    /** The text last committed or shown from the model: typing differs from it until committed. */
    private String committed;
    private boolean committing;

    private FieldEdit(TextInputControl field, Runnable commit, boolean multiLine) {
        this.field = field;
        this.commit = commit;
        this.committed = field.getText();
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitIfChanged();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (!multiLine || e.isShortcutDown())) {
                commitIfChanged();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(committed);
                e.consume();
            }
        });
    }

    /** Makes {@code field} commit through {@code commit}; {@code multiLine} fields take Enter as text. */
    static FieldEdit attach(TextInputControl field, Runnable commit, boolean multiLine) {
        return new FieldEdit(field, commit, multiLine);
    }

    /** Commits the typed text, unless it is what was last committed or shown. */
    void commitIfChanged() {
        if (field.getText().equals(committed)) {
            return;
        }
        committed = field.getText();
        committing = true;
        try {
            commit.run();
        } finally {
            committing = false;
        }
    }

    /** Shows the model's text (after undo, redo, reload), keeping the caret where it can be. */
    void show(String modelText) {
        if (committing) {
            return; // the model now holds what is typed here, perhaps normalised: leave the typing alone
        }
        if (!modelText.equals(field.getText())) {
            int caret = field.getCaretPosition();
            field.setText(modelText);
            field.positionCaret(Math.min(caret, modelText.length()));
        }
        committed = modelText;
    }

    TextInputControl field() {
        return field;
    }
}
