package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.ui.run.RunHost;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.application.HostServices;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The desktop around the run side: the window's stage owns its dialogs and notices, the system's
 * own applications open pages and files. Everything else the run side reads from and writes to
 * the window's state.
 */
final class WindowRunHost implements RunHost {

    private final Stage stage;
    private final Map<ActionRef, Popup> notices = new HashMap<>();
    private HostServices hostServices;

    WindowRunHost(Stage stage) {
        this.stage = stage;
    }

    /** The application's services, once it has started (a test's window has none: pages do not open). */
    void setHostServices(HostServices services) {
        this.hostServices = services;
    }

    @Override
    public Window owner() {
        return stage;
    }

    @Override
    public void openInBrowser(String url) {
        if (hostServices != null) {
            hostServices.showDocument(url);
        }
    }

    @Override
    public void notifyApprovalNeeded(ActionRef gate, String message, Runnable open) {
        // in the window's corner; the window's title says it too, for when the window is hidden
        notices.put(gate, ApprovalNotice.show(stage, "Approval needed: " + gate,
                message == null || message.isBlank() ? "The run waits for a decision." : message, open));
    }

    @Override
    public void gatesWaiting(Set<ActionRef> waiting) {
        notices.entrySet().removeIf(e -> {
            if (waiting.contains(e.getKey())) {
                return false;
            }
            e.getValue().hide();
            return true;
        });
    }
}
