package dev.pipewright.ui.run;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.canvas.PipelineCanvas;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** What the run controller needs from the window. */
public interface RunHost {
    Optional<Document> document();

    PipelineCanvas canvas();

    /** The providers, to tell which actions cannot run here. */
    Providers providers();

    Window owner();

    List<Problem> problems();

    void setStatus(String text);

    void showTab(String id);

    /** The run state changed: commands to enable, a badge on the title. */
    void runStateChanged();

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
