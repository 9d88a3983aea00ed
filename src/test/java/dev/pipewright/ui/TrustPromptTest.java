package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first Run of a file shows what it will do; Cancel runs nothing; the answer Run is kept per content. */
@ExtendWith(ApplicationExtension.class)
class TrustPromptTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private WindowDriver driver;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        WindowSnapshot.hideOthers(stage);
        prefs = Preferences.userRoot().node("dev/pipewright/test-trust-" + System.nanoTime());
        prefs.putBoolean(UserSettings.TOUR_ON_START, false); // no guided tour over the window (TourWindowTest)
        Theme.apply(false);
        window = new MainWindow(stage, new UserSettings(prefs), dir.resolve("runs"));
        stage.setWidth(1200);
        stage.setHeight(800);
        window.show();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        prefs.removeNode();
    }

    private Path write(Path file, String extraCommand) throws Exception {
        Path marker = dir.resolve("ran.txt");
        return Files.writeString(file, """
                { "schemaVersion": 1, "pipeline": { "name": "stranger", "stages": [
                  { "name": "Build", "actions": [
                    { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": "echo ran >> '%s'%s" }, "outputArtifacts": [ { "name": "Site" } ] } ] },
                  { "name": "Ship", "actions": [
                    { "name": "Publish", "actionTypeId": { "category": "Deploy", "provider": "Folder" }, "runOrder": 1,
                      "configuration": { "target": "../published" }, "inputArtifacts": [ { "name": "Site" } ] },
                    { "name": "Child", "actionTypeId": { "category": "Invoke", "provider": "Pipeline" }, "runOrder": 1,
                      "configuration": { "pipelineFile": "child.pipeline.json" } } ] } ] } }
                """.formatted(marker, extraCommand));
    }

    private void clickRun(FxRobot robot) {
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
    }

    private void press(FxRobot robot, String text) {
        robot.interact(() -> ((Button) robot.lookup("#trust-dialog .button").queryAll().stream()
                .filter(b -> b instanceof Button button && text.equals(button.getText()))
                .findFirst().orElseThrow()).fire());
    }

    private long runs() {
        Path marker = dir.resolve("ran.txt");
        try {
            return Files.exists(marker) ? Files.readAllLines(marker).size() : 0;
        } catch (java.io.IOException e) {
            return -1; // being written: look again
        }
    }

    private boolean dialogShown(FxRobot robot) {
        return robot.lookup("#trust-dialog").tryQuery().isPresent();
    }

    @Test
    void theFirstRunAsksSecondDoesNotAndAChangedFileAsksAgain(FxRobot robot) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("child.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "child", "stages": [ { "name": "Go", "actions": [
                  { "name": "Echo", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "echo child" } } ] } ] } }
                """);
        Path file = write(project.resolve("stranger.pipeline.json"), "");
        driver.open(robot, file);
        assertTrue(window.problems().stream().anyMatch(p -> !p.isError() && p.message().contains(
                "'Publish' in stage 'Ship' writes outside the pipeline's folder, to " + dir.resolve("published"))),
                "the Problems panel warns as validate does: " + window.problems());

        clickRun(robot);
        driver.waitFor("the trust prompt", () -> dialogShown(robot));
        String commands = robot.lookup("#trust-dialog .trust-commands").queryAll().stream()
                .map(n -> ((TextArea) n).getText()).findFirst().orElse("");
        assertTrue(commands.contains("echo ran >> '" + dir.resolve("ran.txt") + "'"), commands);
        assertTrue(robot.lookup("#trust-dialog .trust-effect").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Writes outside the pipeline's folder: "
                        + dir.resolve("published"))), "the outside write is listed with its absolute path");
        assertTrue(robot.lookup("#trust-dialog .trust-effect").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Runs another pipeline file, with whatever it does: "
                        + project.resolve("child.pipeline.json"))), "the child pipeline is listed");
        press(robot, "Cancel");
        driver.waitFor("the prompt to close", () -> !dialogShown(robot));
        driver.waitFor("the window to say it did not run", () -> window.statusText().contains("Not running"));
        assertEquals(0, runs(), "Cancel runs nothing");
        assertFalse(Files.exists(dir.resolve("runs")) && Files.list(dir.resolve("runs")).findAny().isPresent(),
                "no execution was started");

        clickRun(robot);
        driver.waitFor("the prompt again (Cancel is not remembered)", () -> dialogShown(robot));
        press(robot, "Run");
        driver.waitFor("the first run", () -> runs() == 1 && driver.is(robot, "Publish", "succeeded"));
        robot.interact(() -> window.command(AppCommand.BACK_TO_DESIGN));

        // saved from the window (in the file's own layout now): still the person's, still allowed
        String before = Files.readString(file);
        robot.interact(() -> window.command(AppCommand.SAVE));
        driver.waitFor("the save", () -> window.statusText().startsWith("Saved"));
        assertFalse(before.equals(Files.readString(file)), "the save rewrote the file");

        clickRun(robot);
        // no prompt: the run goes on by itself (a prompt would hold it back and this wait would fail)
        driver.waitFor("the second run, unasked", () -> runs() == 2 && driver.is(robot, "Publish", "succeeded"));
        assertFalse(dialogShown(robot));
        robot.interact(() -> window.command(AppCommand.BACK_TO_DESIGN));

        write(file, "; echo changed");
        driver.open(robot, file);
        clickRun(robot);
        driver.waitFor("the prompt for the changed file", () -> dialogShown(robot));
        assertTrue(robot.lookup("#trust-dialog .trust-commands").queryAll().stream()
                .anyMatch(n -> ((TextArea) n).getText().contains("echo changed")), "it shows the new commands");
        press(robot, "Cancel");
        driver.waitFor("the prompt to close", () -> !dialogShown(robot));
        assertEquals(2, runs(), "the changed file did not run");
    }
}
