package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.cli.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Runs in the window: live status on the cards, an approval clicked, a failure retried, a stop. */
@ExtendWith(ApplicationExtension.class)
class RunWindowTest {

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

    private static String shell(String name, int runOrder, String commands) {
        return """
                { "name": "%s", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": %d,
                  "configuration": { "commands": %s } }""".formatted(name, runOrder,
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(commands).toString());
    }

    private Path pipeline(String name, String stagesJson) throws Exception {
        return Files.writeString(dir.resolve(name + ".pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"" + name + "\", \"stages\": [" + stagesJson + "] } }");
    }

    @Test
    void aRunShowsLiveStatusWaitsAtTheGateUntilApprovedAndIsInTheHistory(FxRobot robot) throws Exception {
        Path deployed = dir.resolve("deployed.txt");
        Path go = dir.resolve("go");
        driver.open(robot, pipeline("gated", """
                { "name": "Test", "actions": [ %s, %s ] },
                { "name": "Release", "actions": [
                  { "name": "SignOff", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1,
                    "configuration": { "CustomData": "Ship it?" } },
                  %s ] }""".formatted(
                shell("Unit", 1, "while [ ! -e '" + go + "' ]; do sleep 0.05; done; echo unit ok"),
                shell("Lint", 1, "while [ ! -e '" + go + "' ]; do sleep 0.05; done; echo lint ok"),
                shell("Deploy", 2, "echo shipped > '" + deployed + "'"))));

        // every status the Unit card takes on, in order, as the run goes
        var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var statuses = List.of("pending", "running", "waiting", "succeeded", "failed", "stopped");
        Node unit = driver.card(robot, "Unit").orElseThrow();
        robot.interact(() -> unit.getPseudoClassStates().addListener(
                (javafx.collections.SetChangeListener<PseudoClass>) change -> {
                    if (change.wasAdded() && statuses.contains(change.getElementAdded().getPseudoClassName())) {
                        seen.add(change.getElementAdded().getPseudoClassName());
                    }
                }));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("both tests to run", () -> driver.is(robot, "Unit", "running") && driver.is(robot, "Lint", "running"));
        assertTrue(driver.is(robot, "Deploy", "pending"), "later actions wait, shown as pending");
        robot.interact(() -> window.select(List.of(new dev.pipewright.ui.canvas.CanvasItem.CardItem(
                new dev.pipewright.model.ActionRef("Test", "Unit")))));
        robot.interact(() -> window.showTab("log-tab"));
        Thread.sleep(1500); // the elapsed time ticks on the running cards
        WindowSnapshot.save(window.stage(), Path.of("target", "run-in-progress.png"));
        Files.createFile(go);
        driver.waitFor("both tests to succeed", () -> driver.is(robot, "Unit", "succeeded") && driver.is(robot, "Lint", "succeeded"));
        assertEquals(List.of("pending", "running", "succeeded"),
                seen.stream().distinct().toList(), "the Unit card went pending, running, succeeded: " + seen);

        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));
        WindowSnapshot.save(window.stage(), Path.of("target", "run-waiting-gate.png"));
        assertTrue(driver.is(robot, "Deploy", "pending"));
        assertTrue(window.stage().getTitle().contains("Approval needed"), "the window says a gate waits");
        Thread.sleep(300);
        assertTrue(!Files.exists(deployed), "nothing deploys before the approval");

        robot.clickOn(driver.card(robot, "SignOff").orElseThrow());
        driver.waitFor("the approval dialog", () -> robot.lookup("#approval-dialog").tryQuery().isPresent());
        javafx.scene.control.TextArea comment = robot.lookup("#approval-comment").query();
        robot.interact(() -> comment.setText("looks good"));
        javafx.scene.control.Button approve = (javafx.scene.control.Button) robot.lookup("#approval-dialog .button")
                .queryAll().stream().filter(b -> b instanceof javafx.scene.control.Button button
                        && "Approve".equals(button.getText())).findFirst().orElseThrow();
        robot.interact(approve::fire); // pressed as a key would: the dialog's place on the screen varies
        driver.waitFor("the dialog to close", () -> robot.lookup("#approval-dialog").tryQuery().isEmpty());
        driver.waitFor("the deploy to succeed", () -> driver.is(robot, "Deploy", "succeeded"));
        assertTrue(Files.exists(deployed));
        assertTrue(driver.is(robot, "SignOff", "succeeded"));

        robot.interact(() -> window.showTab("history-tab"));
        TableView<?> history = driver.in(robot, "#history").query();
        driver.waitFor("the history to list the run", () -> history.getItems().size() == 1);
    }

    @Test
    void aFailureTurnsRedLaterStagesStayPendingAndRetryMakesItGreen(FxRobot robot) throws Exception {
        Path fixed = dir.resolve("fixed");
        driver.open(robot, pipeline("flaky", """
                { "name": "Build", "actions": [ %s ] },
                { "name": "Deploy", "actions": [ %s ] }""".formatted(
                shell("Compile", 1, "test -e '" + fixed + "' || { echo 'not fixed yet'; exit 1; }"),
                shell("Ship", 1, "echo shipped"))));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the build to fail", () -> driver.is(robot, "Compile", "failed"));
        assertTrue(driver.is(robot, "Ship", "pending"));
        robot.interact(() -> {
            window.select(List.of(new dev.pipewright.ui.canvas.CanvasItem.CardItem(
                    new dev.pipewright.model.ActionRef("Build", "Compile"))));
            window.showTab("log-tab");
        });
        driver.waitFor("the failed action's log", () -> robot.lookup("#log-lines").tryQuery().isPresent());
        Thread.sleep(400); // the log view reads the file in the background
        WindowSnapshot.save(window.stage(), Path.of("target", "run-failed-with-log.png"));

        Files.createFile(fixed);
        driver.waitFor("retry to be offered", () -> !driver.in(robot, "#cmd-retry-failed").query().isDisabled());
        robot.clickOn(driver.in(robot, "#cmd-retry-failed").<Node>query());
        driver.waitFor("the build to succeed", () -> driver.is(robot, "Compile", "succeeded"));
        driver.waitFor("the deploy to succeed", () -> driver.is(robot, "Ship", "succeeded"));
    }

    @Test
    void stopAndAbandonEndsALongActionAndItsProcesses(FxRobot robot) throws Exception {
        Path pid = dir.resolve("sleep.pid");
        driver.open(robot, pipeline("long", """
                { "name": "Build", "actions": [ %s ] }""".formatted(
                shell("Forever", 1, "sleep 300 & echo $! > '" + pid + "'; wait"))));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the action to start its process", () -> driver.is(robot, "Forever", "running") && Files.exists(pid));
        long sleeper = Long.parseLong(Files.readString(pid).strip());
        robot.clickOn(driver.in(robot, "#cmd-abandon").<Node>query());
        // it kills processes: it asks first
        driver.waitFor("the question", () -> robot.lookup("Stop and Abandon").queryAll().stream()
                .anyMatch(javafx.scene.control.Button.class::isInstance));
        robot.clickOn(robot.lookup("Stop and Abandon").queryAll().stream()
                .filter(javafx.scene.control.Button.class::isInstance).findFirst().orElseThrow());
        driver.waitFor("the action to be stopped", () -> driver.is(robot, "Forever", "stopped"));
        driver.waitFor("its process to end", () -> ProcessHandle.of(sleeper).map(p -> !p.isAlive()).orElse(true));
    }

    private static String gate(String name) {
        return """
                { "name": "%s", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1,
                  "configuration": { "CustomData": "Ship it?" } }""".formatted(name);
    }

    @Test
    void clickingTheArrowIntoAStageHoldsTheRunThereUntilClickedAgain(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("held", """
                { "name": "Build", "actions": [ %s ] },
                { "name": "Deploy", "actions": [ %s ] }""".formatted(
                shell("Compile", 1, "echo compiled"), shell("Ship", 1, "echo shipped"))));
        Node arrow = driver.in(robot, ".arrow.stage-order").query();
        robot.clickOn(arrow);
        driver.waitFor("the lock on the arrow", () -> driver.in(robot, ".transition-lock").tryQuery().isPresent());
        assertTrue(window.statusText().contains("wait before stage Deploy"), window.statusText());

        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the build to succeed", () -> driver.is(robot, "Compile", "succeeded"));
        Thread.sleep(500);
        assertTrue(driver.is(robot, "Ship", "pending"), "the run waits in front of the disabled transition");

        robot.clickOn(driver.in(robot, ".arrow.stage-order").<Node>query());
        driver.waitFor("the lock to go", () -> driver.in(robot, ".transition-lock").tryQuery().isEmpty());
        driver.waitFor("the deploy to run once let in", () -> driver.is(robot, "Ship", "succeeded"));
    }

    /**
     * The window and a terminal side by side (issue 16): the window's History is looked at again
     * and again while its run waits, another process reads the history, and an approval from a
     * third decides the gate; the record is never declared Interrupted on the way.
     */
    @Test
    void anApprovalGivenOnTheCommandLineShowsInTheWindow(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("approved-elsewhere", """
                { "name": "Release", "actions": [ %s ] },
                { "name": "Deploy", "actions": [ %s ] }""".formatted(gate("SignOff"), shell("Ship", 1, "echo shipped"))));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));
        driver.waitFor("a notice that the gate waits", () -> robot.lookup("#approval-notice").tryQuery().isPresent());
        String runs = dir.resolve("runs").toString();
        var seen = new java.util.HashSet<dev.pipewright.engine.ExecutionStatus>();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> window.showTab("history-tab"));
            robot.interact(() -> window.showTab("log-tab"));
            robot.interact(() -> window.showTab("history-tab"));
            Thread.sleep(300);
            var history = ChildJvm.pipewright(dir.resolve("history.out"), "history", "--runs-dir", runs);
            assertFalse(history.out().contains("Interrupted"), history.out());
            onDisk().ifPresent(r -> seen.add(r.status()));
        }
        String id = onDisk().orElseThrow().executionId();
        var approve = ChildJvm.pipewright(dir.resolve("approve.out"), "approve", id, "Release/SignOff",
                "--runs-dir", runs, "-m", "from the shell", "--by", "ops");
        assertEquals(0, approve.exitCode(), approve.all());
        driver.waitFor("the gate to be approved", () -> driver.is(robot, "SignOff", "succeeded"));
        driver.waitFor("the deploy to succeed", () -> driver.is(robot, "Ship", "succeeded"));
        driver.waitFor("the title to drop the approval badge", () -> !window.stage().getTitle().contains("Approval needed"));
        driver.waitFor("the notice to go with the decision", () -> robot.lookup("#approval-notice").tryQuery().isEmpty());
        driver.waitFor("the record to end", () -> onDisk().map(r -> r.status().isFinal()).orElse(false));
        assertEquals(dev.pipewright.engine.ExecutionStatus.SUCCEEDED, onDisk().orElseThrow().status());
        assertFalse(seen.contains(dev.pipewright.engine.ExecutionStatus.INTERRUPTED), "the record went through " + seen);
    }

    /** The newest record as it is on disk, read without judging it: what every other process sees. */
    private Optional<dev.pipewright.engine.ExecutionRecord> onDisk() {
        var folders = new dev.pipewright.engine.ExecutionStore(dir.resolve("runs")).folders(Optional.empty());
        return folders.isEmpty() ? Optional.empty() : folders.get(0).tryReadRecord();
    }

    @Test
    void theHistoryOpensAPastRunAsItEndedWithItsVariablesAndReRunsIt(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("versioned.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "versioned",
                  "variables": [ { "name": "VERSION", "defaultValue": "1.0" } ],
                  "stages": [ { "name": "Build", "actions": [
                    { "name": "Stamp", "actionTypeId": { "category": "Build", "provider": "Shell" }, "namespace": "Stamp",
                      "configuration": { "commands": "echo \\"STAMP=v#{variables.VERSION}\\" >> \\"$PIPEWRIGHT_OUTPUT\\"; test -e '%s'" } } ] } ] } }"""
                .formatted(dir.resolve("fixed")));
        driver.open(robot, file);
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        // the variables dialog offers the default; Run takes it
        driver.waitFor("the variables dialog", () -> robot.lookup("#variables-dialog").tryQuery().isPresent());
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#variables-dialog .button").queryAll().stream()
                .filter(b -> b instanceof javafx.scene.control.Button button && "Run".equals(button.getText()))
                .findFirst().orElseThrow()).fire());
        driver.waitFor("the stamp to fail", () -> driver.is(robot, "Stamp", "failed"));
        robot.interact(() -> window.command(AppCommand.BACK_TO_DESIGN));
        driver.waitFor("design mode", () -> driver.card(robot, "Stamp").map(n -> n.getPseudoClassStates().stream()
                .noneMatch(p -> p.getPseudoClassName().equals("failed"))).orElse(false));

        robot.interact(() -> window.showTab("history-tab"));
        TableView<?> history = driver.in(robot, "#history").query();
        driver.waitFor("the history to list the run", () -> history.getItems().size() == 1);
        Node row = driver.in(robot, "#history .table-row-cell").queryAll().stream()
                .filter(r -> r instanceof javafx.scene.control.TableRow<?> t && !t.isEmpty()).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        driver.waitFor("the past run on the canvas, as it ended", () -> driver.is(robot, "Stamp", "failed"));

        robot.interact(() -> window.showTab("variables-tab"));
        TableView<?> variables = driver.in(robot, "#run-variables").query();
        driver.waitFor("its variables", () -> variables.getItems().stream().map(Object::toString)
                .anyMatch(r -> r.contains("#{variables.VERSION}") && r.contains("1.0"))
                && variables.getItems().stream().map(Object::toString).anyMatch(r -> r.contains("#{Stamp.STAMP}") && r.contains("v1.0")));

        Files.createFile(dir.resolve("fixed"));
        robot.clickOn(driver.in(robot, "#cmd-rerun").<Node>query());
        driver.waitFor("the variables dialog for the re-run", () -> robot.lookup("#variables-dialog").tryQuery().isPresent());
        javafx.scene.control.TextField version = robot.lookup("#variable-VERSION").query();
        assertEquals("1.0", version.getText(), "a re-run offers the values the run had");
        robot.interact(() -> version.setText("2.0"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#variables-dialog .button").queryAll().stream()
                .filter(b -> b instanceof javafx.scene.control.Button button && "Run".equals(button.getText()))
                .findFirst().orElseThrow()).fire());
        driver.waitFor("the re-run to succeed", () -> driver.is(robot, "Stamp", "succeeded"));
        driver.waitFor("the new value among its variables", () -> variables.getItems().stream().map(Object::toString)
                .anyMatch(r -> r.contains("#{Stamp.STAMP}") && r.contains("v2.0")));
        robot.interact(() -> window.showTab("history-tab"));
        driver.waitFor("both executions in the history", () -> history.getItems().size() == 2);
    }
}
