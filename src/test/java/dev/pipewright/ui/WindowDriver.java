package dev.pipewright.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests do to one real window: look things up in it (only in it: earlier tests'
 * windows may still exist in this JVM), open a file, find a card and its state, wait for a state.
 */
final class WindowDriver {

    private final MainWindow window;
    private final Callable<String> state;

    /** @param state what the window says, for the message when a wait gives up (read on the FX thread) */
    WindowDriver(MainWindow window, Callable<String> state) {
        this.window = window;
        this.state = state;
    }

    /** Gives up with the window's title and status bar. */
    WindowDriver(MainWindow window) {
        this(window, () -> window.stage().getTitle() + " | " + window.statusText());
    }

    NodeQuery in(FxRobot robot, String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query);
    }

    void open(FxRobot robot, Path file) {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    Optional<Node> card(FxRobot robot, String action) {
        return in(robot, ".card").queryAll().stream()
                .filter(n -> robot.from(n).lookup(".card-title").queryAll().stream()
                        .anyMatch(t -> t instanceof Label l && l.getText().equals(action)))
                .findFirst();
    }

    boolean is(FxRobot robot, String action, String pseudoClass) {
        return card(robot, action).map(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass)))
                .orElse(false);
    }

    /** Polls the window (on the FX thread's terms) until the condition holds; fails after 30 s. */
    void waitFor(String what, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            WaitForAsyncUtils.waitForFxEvents();
            if (WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + "; the window says: "
                        + WaitForAsyncUtils.asyncFx(state).get());
            }
            Thread.sleep(25);
        }
    }
}
