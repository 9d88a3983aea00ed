package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Start-up builds what the first frame shows: a start on a file never builds the welcome view. */
@ExtendWith(ApplicationExtension.class)
class StartOnAFileTest {

    private Stage stage;
    private MainWindow window;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowSnapshot.hideOthers(stage);
        prefs = Preferences.userRoot().node("dev/pipewright/test-" + System.nanoTime());
        // a first start opens the guided tour on a new pipeline; this test is about the welcome view
        prefs.putBoolean(UserSettings.TOUR_ON_START, false);
        Theme.apply(false);
        window = new MainWindow(stage, new UserSettings(prefs));
        stage.setWidth(1200);
        stage.setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> stage.close());
        prefs.removeNode();
    }

    @Test
    void aStartOnAFileNeverBuildsTheWelcomeView(FxRobot robot) {
        assertNull(stage.getScene().getRoot().lookup("#welcome"), "built before it was needed");
        robot.interact(() -> {
            // as PipewrightApp does with a file: show, then open, in one turn of the window thread
            window.show();
            window.open(Path.of("examples/hello.pipeline.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(stage.getScene().getRoot().lookup("#welcome"));
        assertTrue(window.document().isPresent());
    }

    @Test
    void aStartWithoutAFileShowsTheWelcomeView(FxRobot robot) {
        robot.interact(() -> window.show());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(stage.getScene().getRoot().lookup("#welcome"));
    }
}
