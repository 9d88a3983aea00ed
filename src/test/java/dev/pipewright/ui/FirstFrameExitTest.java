package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The packaging's training run ends once, after the window's first frame (not before it, not twice). */
@ExtendWith(ApplicationExtension.class)
class FirstFrameExitTest {

    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("first frame");
        scene = new Scene(label, 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAfterTheFirstFrame(FxRobot robot) throws Exception {
        var runs = new AtomicInteger();
        robot.interact(() -> {
            FirstFrameExit.afterFirstFrame(scene, runs::incrementAndGet);
            label.setText("laid out again"); // asks for a pulse
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> runs.get() == 1);
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> label.setText("pulse " + runs.get() + " " + System.nanoTime()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        var later = new java.util.concurrent.CompletableFuture<Integer>();
        Platform.runLater(() -> later.complete(runs.get()));
        assertEquals(1, later.get(30, TimeUnit.SECONDS), "the exit is asked for once only");
    }
}
