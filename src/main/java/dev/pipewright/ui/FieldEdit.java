package dev.pipewright.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * A text field of the inspector and the edit it makes. A live field also commits when typing pauses
 * ({@link #PAUSE}), so problems and the canvas follow what is typed; successive commits of one field
 * are one undo step (the window joins them). Every field's text is committed when focus leaves,
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
    /** Set while the model's text is shown, so that only typing starts the pause. */
    private boolean showing;
    /** How long typing pauses before a live field commits. */
    static final Duration PAUSE = Duration.millis(600);

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

    /**
     * As {@link #attach}, and commits when typing pauses too. Not for names of stages and actions:
     * a rename changes what the inspector shows, so it waits until the person is done.
     */
    static FieldEdit attachLive(TextInputControl field, Runnable commit, boolean multiLine) {
        var edit = new FieldEdit(field, commit, multiLine);
        var pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> {
            if (field.getScene() != null) {
                edit.commitIfChanged();
            }
        });
        field.textProperty().addListener((o, was, now) -> {
            if (!edit.showing) {
                pause.playFromStart();
            }
        });
        return edit;
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
            showing = true;
            try {
                field.setText(modelText);
            } finally {
                showing = false;
            }
            field.positionCaret(Math.min(caret, modelText.length()));
        }
        committed = modelText;
    }

    TextInputControl field() {
        return field;
    }
}
