package dev.pipewright.ui;

import dev.pipewright.edit.Document;
import javafx.stage.Stage;

/**
 * The little the window's actions (files, import and export) need of the window besides its
 * state: the stage to own their dialogs, and to show a document.
 */
interface WindowHost {
    Stage stage();

    /** Whether the stage still shows this window (a stage may be given a new one, as tests do). */
    boolean ownsStage();

    /** Shows a document (new, opened or imported), or the welcome view for none. */
    void setDocument(Document doc);
}
