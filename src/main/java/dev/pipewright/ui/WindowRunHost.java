package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.run.RunHost;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The window as the run controller sees it. */
final class WindowRunHost implements RunHost {

    private final MainWindow window;
    private final java.util.Map<ActionRef, javafx.stage.Popup> notices = new java.util.HashMap<>();

    WindowRunHost(MainWindow window) {
        this.window = window;
    }

    @Override
    public Optional<Document> document() {
        return window.document();
    }

    @Override
    public PipelineCanvas canvas() {
        return window.canvas();
    }

    @Override
    public dev.pipewright.actions.Providers providers() {
        return window.providers();
    }

    @Override
    public Window owner() {
        return window.stage();
    }

    @Override
    public List<Problem> problems() {
        return window.problems();
    }

    @Override
    public void setStatus(String text) {
        window.setStatus(text);
    }

    @Override
    public void showTab(String id) {
        window.showTab(id);
    }

    @Override
    public void runStateChanged() {
        window.runStateChanged();
    }

    @Override
    public void openInBrowser(String url) {
        window.openInBrowser(url);
    }

    @Override
    public void notifyApprovalNeeded(ActionRef gate, String message, Runnable open) {
        // in the window's corner; the window's title says it too, for when the window is hidden
        notices.put(gate, ApprovalNotice.show(window.stage(), "Approval needed: " + gate,
                message == null || message.isBlank() ? "The run waits for a decision." : message, open));
    }

    @Override
    public void gatesWaiting(java.util.Set<ActionRef> waiting) {
        notices.entrySet().removeIf(e -> {
            if (waiting.contains(e.getKey())) {
                return false;
            }
            e.getValue().hide();
            return true;
        });
    }
}
