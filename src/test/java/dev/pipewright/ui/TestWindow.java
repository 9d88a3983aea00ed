package dev.pipewright.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A Pipewright window for one test: preferences of its own (forgotten when it closes), the light
 * theme, other test windows hidden, and no question before the first run of a file the test wrote
 * (TrustPromptTest asks it) and no guided tour on start.
 */
final class TestWindow {

    private final MainWindow window;
    private final Preferences prefs;

    private TestWindow(MainWindow window, Preferences prefs) {
        this.window = window;
        this.prefs = prefs;
    }

    /** A 1400 × 900 window; with {@code runsDir}, its runs go there. */
    static TestWindow open(Stage stage, Optional<Path> runsDir) {
        return open(stage, runsDir, 1400, 900);
    }

    static TestWindow open(Stage stage, Optional<Path> runsDir, double width, double height) {
        WindowSnapshot.hideOthers(stage);
        Preferences prefs = Preferences.userRoot().node("dev/pipewright/test-" + System.nanoTime());
        prefs.putBoolean(UserSettings.ASK_BEFORE_FIRST_RUN, false);
        prefs.putBoolean(UserSettings.TOUR_ON_START, false); // TourWindowTest starts it from Help
        Theme.apply(false);
        var settings = new UserSettings(prefs);
        MainWindow window = runsDir.map(runs -> new MainWindow(stage, settings, runs))
                .orElseGet(() -> new MainWindow(stage, settings));
        stage.setWidth(width);
        stage.setHeight(height);
        window.show();
        return new TestWindow(window, prefs);
    }

    MainWindow window() {
        return window;
    }

    /** The window's own preferences (TourWindowTest turns the first-start tour back on). */
    Preferences prefs() {
        return prefs;
    }

    /** Closes the window and forgets its preferences. */
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        prefs.removeNode();
    }
}
