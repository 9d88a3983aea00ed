package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The everyday path of a newcomer: an action fails, they fix its command in the inspector and press
 * Retry. A retry runs the execution as it ran, so the window asks, and "Run My Changes" runs the fix.
 */
@ExtendWith(ApplicationExtension.class)
class RetryAfterEditWindowTest {

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, Optional.of(dir.resolve("runs")));
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        test.close(robot);
    }

    @Test
    void retryAfterFixingTheCommandAsksAndRunsTheFix(FxRobot robot) throws Exception {
        driver.open(robot, Files.writeString(dir.resolve("fix.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "fix", "stages": [
                  { "name": "Build", "actions": [ { "name": "Compile",
                    "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "exit 1" } } ] } ] } }"""));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the build to fail", () -> driver.is(robot, "Compile", "failed"));

        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Compile")))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea commands = robot.lookup("#setting-commands").query();
        robot.interact(() -> {
            commands.requestFocus();
            commands.setText("echo fixed");
        });
        // pressed without waiting: the question it asks holds the FX thread until answered
        javafx.application.Platform.runLater(() -> window.command(AppCommand.RETRY_FAILED));

        driver.waitFor("the question", () -> button(robot, "Run My Changes").isPresent());
        assertTrue(robot.lookup(".dialog-pane .label").queryAll().stream()
                .anyMatch(l -> ((javafx.scene.control.Label) l).getText().contains("'Build/Compile' changed")),
                "the question names what changed");
        robot.interact(() -> button(robot, "Run My Changes").orElseThrow().fire());
        driver.waitFor("the fixed build to succeed", () -> driver.is(robot, "Compile", "succeeded"));

        var history = new ExecutionStore(dir.resolve("runs")).history(Optional.of("fix"));
        assertEquals(2, history.size(), "a new execution ran the change; the failed one stays as it ended");
    }

    private static Optional<Button> button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAll().stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> text.equals(b.getText())).findFirst();
    }
}
