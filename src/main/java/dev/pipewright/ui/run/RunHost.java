package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import javafx.stage.Window;

/**
 * What the run side needs besides the window's state: a window to own its dialogs, the desktop to
 * open a page or a file, and a way to tell of a waiting gate when the person looks elsewhere.
 */
public interface RunHost {

    Window owner();

    void openInBrowser(String url);

    /**
     * A gate started waiting: tell the person even if they look elsewhere; {@code open} opens its
     * decision dialog.
     */
    void notifyApprovalNeeded(ActionRef gate, String message, Runnable open);

    /** The gates of the execution on screen that wait now: a notice for any other is out of date. */
    default void gatesWaiting(java.util.Set<ActionRef> waiting) {
    }
}
