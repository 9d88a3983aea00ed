package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pipewright.cli.ChildJvm;
import dev.pipewright.cli.Cli;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window and a terminal side by side: a run started in the window, whose History is looked at
 * again and again, stays running for other processes and is approved from another shell (issue 16).
 */
@ExtendWith(ApplicationExtension.class)
class WindowAndShellTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private WindowDriver driver;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        WindowSnapshot.hideOthers(stage);
        prefs = Preferences.userRoot().node("dev/pipewright/test-shell-" + System.nanoTime());
        Theme.apply(false);
        window = new MainWindow(stage, new UserSettings(prefs), dir.resolve("runs"));
        stage.setWidth(1400);
        stage.setHeight(900);
        window.show();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        prefs.removeNode();
    }

    private Optional<ExecutionRecord> onDisk() {
        var folders = new ExecutionStore(dir.resolve("runs")).folders(Optional.empty());
        return folders.isEmpty() ? Optional.empty() : folders.get(0).tryReadRecord();
    }

    @Test
    void aGateWaitingInTheWindowIsApprovedFromAnotherShellWhileTheHistoryIsLookedAt(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("shell.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "shell", "stages": [
                  { "name": "Release", "actions": [ { "name": "SignOff", "runOrder": 1,
                      "actionTypeId": { "category": "Approval", "provider": "Manual" } } ] },
                  { "name": "Deploy", "actions": [ { "name": "Ship", "runOrder": 1,
                      "actionTypeId": { "category": "Build", "provider": "Shell" },
                      "configuration": { "commands": "echo shipped" } } ] } ] } }
                """);
        driver.open(robot, file);
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));
        Set<ExecutionStatus> seen = ConcurrentHashMap.newKeySet();
        String runs = dir.resolve("runs").toString();

        for (int i = 0; i < 3; i++) {
            // the window looks at its History (which reads every record, the running one too) ...
            robot.interact(() -> window.showTab("history-tab"));
            robot.interact(() -> window.showTab("log-tab"));
            robot.interact(() -> window.showTab("history-tab"));
            Thread.sleep(300);
            // ... and a terminal looks too
            Cli history = ChildJvm.pipewright(dir.resolve("history.out"), "history", "--runs-dir", runs);
            assertFalse(history.out().contains("Interrupted"), history.out());
            onDisk().ifPresent(r -> seen.add(r.status()));
        }
        String id = onDisk().orElseThrow().executionId();
        Cli approve = ChildJvm.pipewright(dir.resolve("approve.out"), "approve", id, "Release/SignOff",
                "--by", "ops", "-m", "from the shell", "--runs-dir", runs);
        assertEquals(0, approve.exitCode(), approve.all());

        driver.waitFor("the gate to be approved", () -> driver.is(robot, "SignOff", "succeeded"));
        driver.waitFor("the deploy to succeed", () -> driver.is(robot, "Ship", "succeeded"));
        driver.waitFor("the record to end", () -> onDisk().map(r -> r.status().isFinal()).orElse(false));
        assertEquals(ExecutionStatus.SUCCEEDED, onDisk().orElseThrow().status());
        assertFalse(seen.contains(ExecutionStatus.INTERRUPTED), "the record went through " + seen);
    }
}
