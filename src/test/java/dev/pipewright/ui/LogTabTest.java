package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.logs.LogView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Log tab shows the execution on screen: never a log left over from an earlier run. */
@ExtendWith(ApplicationExtension.class)
class LogTabTest {

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

    private Optional<Path> shownLog(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> logOnFx(robot)).get();
    }

    /** The log file the Log tab shows; on the FX thread (in a wait's condition). */
    private Optional<Path> logOnFx(FxRobot robot) {
        LogView log = driver.in(robot, ".log-view").query();
        return log.file();
    }

    @Test
    void afterClearingTheSelectionTheLogFollowsTheNewRunNotTheOldOne(FxRobot robot) throws Exception {
        Path marker = dir.resolve("ran-once");
        // the first run succeeds and leaves a marker; the second finds it and fails
        String commands = "if [ -e '" + marker + "' ]; then echo second run fails; exit 3; fi; "
                + "echo first run output; touch '" + marker + "'";
        Path file = Files.writeString(dir.resolve("twice.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "twice", "stages": [
                  { "name": "Build", "actions": [ { "name": "Make",
                    "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": %s } } ] } ] } }
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(commands)));
        driver.open(robot, file);

        robot.interact(() -> window.command(AppCommand.RUN));
        driver.waitFor("the first run to succeed", () -> driver.is(robot, "Make", "succeeded"));
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        driver.waitFor("the card's log", () -> logOnFx(robot).isPresent());
        Path first = shownLog(robot).orElseThrow();
        assertTrue(Files.readString(first).contains("first run output"));

        robot.interact(() -> window.select(List.of())); // a click on the empty canvas
        robot.interact(() -> window.command(AppCommand.RUN));
        driver.waitFor("the second run to fail", () -> driver.is(robot, "Make", "failed"));
        driver.waitFor("the log of the second run", () -> logOnFx(robot)
                .filter(p -> !p.equals(first)).isPresent());
        Path second = shownLog(robot).orElseThrow();
        assertNotEquals(first, second);
        assertTrue(Files.readString(second).contains("second run fails"), Files.readString(second));
        assertEquals(Optional.of(second), WaitForAsyncUtils.asyncFx(() -> window.state().logSourceProperty().get()
                .map(dev.pipewright.ui.state.LogSource::file)).get(), "the window state names the log on screen");
    }

    @Test
    void withNothingSelectedTheLogFollowsTheRunningAction(FxRobot robot) throws Exception {
        Path go = dir.resolve("go");
        Path file = Files.writeString(dir.resolve("steps.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "steps", "stages": [
                  { "name": "Build", "actions": [
                    { "name": "One", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": "echo one" } },
                    { "name": "Two", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 2,
                      "configuration": { "commands": "echo two; while [ ! -e '%s' ]; do sleep 0.05; done" } } ] } ] } }
                """.formatted(go));
        driver.open(robot, file);
        robot.interact(() -> window.command(AppCommand.RUN));
        driver.waitFor("Two to run", () -> driver.is(robot, "Two", "running"));
        driver.waitFor("the log to follow Two", () -> logOnFx(robot)
                .filter(p -> p.toString().contains("Two")).isPresent());
        Files.createFile(go);
        driver.waitFor("the run to end", () -> driver.is(robot, "Two", "succeeded"));
        assertEquals(Optional.of(true), shownLog(robot).map(p -> p.toString().contains("Two")));
    }
}
