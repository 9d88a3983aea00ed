package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.layout.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
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
 * "Why is this waiting?" / "why did this not run?" on the cards of simulated runs, one case each:
 * an approval, a disabled transition, a free slot, another execution queued ahead, a newer
 * execution that superseded this one (the group before it and an earlier failure are in
 * SimulationWindowTest). Each answer is on the card's marker and names what it waits for.
 */
@ExtendWith(ApplicationExtension.class)
class WhyWaitingWindowTest {

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
        test.close(robot); // ends a simulation still running with the window
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static String action(String name, String category, String provider, int runOrder) {
        return """
                { "name": "%s", "actionTypeId": { "category": "%s", "provider": "%s" }, "runOrder": %d,
                  "configuration": %s }""".formatted(name, category, provider, runOrder,
                provider.equals("Shell") ? "{ \"commands\": \"true\" }" : "{}");
    }

    private Path pipeline(String name, String mode, String... stages) throws Exception {
        return Files.writeString(dir.resolve(name + ".pipeline.json"), "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \""
                + name + "\", \"executionMode\": \"" + mode + "\", \"stages\": [" + String.join(",", stages) + "] } }");
    }

    private static String stage(String name, String... actions) {
        return "{ \"name\": \"" + name + "\", \"actions\": [" + String.join(",", actions) + "] }";
    }

    /** On the FX thread (inside a wait): why the action waits, or "". */
    private String whyNow(String stage, String action) {
        return Optional.ofNullable(window.state().waitReasonsProperty().get().get(new ActionRef(stage, action)))
                .map(r -> r.sentence()).orElse("");
    }

    /** The text of the card's "?" marker (its tooltip), as a person reads it. */
    private String marker(FxRobot robot, String action) throws Exception {
        Node card = driver.card(robot, action).orElseThrow();
        return onFx(() -> robot.from(card).lookup(".why-marker").tryQuery().filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.Label) n).getTooltip().getText()).orElse(""));
    }

    private void waitForWhy(FxRobot robot, String stage, String action, String words) throws Exception {
        driver.waitFor(stage + "/" + action + " to say \"" + words + "\"", () -> whyNow(stage, action).contains(words));
        assertTrue(marker(robot, action).contains(words), "the card's marker says it too: " + marker(robot, action));
    }

    private void rightClickCard(FxRobot robot, String stage, String action) throws Exception {
        Box b = onFx(() -> window.canvas().getLayout().card(new ActionRef(stage, action)).orElseThrow().box());
        robot.moveTo(onFx(() -> window.canvas().layoutToScreen(b.x() + b.width() / 2, b.y() + b.height() / 2)));
        robot.clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aGateWaitsForAPersonAndAStageBehindADisabledTransitionWaitsForIt(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("gated", "SUPERSEDED",
                stage("Build", action("Compile", "Build", "Shell", 1)),
                stage("Release", action("SignOff", "Approval", "Manual", 1)),
                stage("Deploy", action("Publish", "Build", "Shell", 1))));
        driver.waitFor("the cards", () -> driver.card(robot, "Publish").isPresent());
        // disable the transition into Deploy from the stage's menu
        Box header = onFx(() -> window.canvas().getLayout().stage("Deploy").orElseThrow().box());
        robot.moveTo(onFx(() -> window.canvas().layoutToScreen(header.x() + header.width() / 2, header.y() + 10)));
        robot.clickOn(MouseButton.SECONDARY);
        MenuClicks.choose(robot, driver, "ctx-toggle-transition");
        driver.waitFor("the transition to close", () -> window.canvas().getDisabledTransitions().contains("Deploy"));

        robot.interact(() -> window.state().simulationSpeedProperty().set(20));
        robot.interact(() -> window.command(AppCommand.SIMULATE));
        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));
        waitForWhy(robot, "Release", "SignOff", "Waiting for a person to approve or reject Release/SignOff");
        waitForWhy(robot, "Deploy", "Publish", "Waiting for stage Release to finish");

        rightClickCard(robot, "Release", "SignOff");
        MenuClicks.choose(robot, driver, "ctx-approve");
        driver.waitFor("the gate to be approved", () -> driver.is(robot, "SignOff", "succeeded"));
        waitForWhy(robot, "Deploy", "Publish", "the transition into it is disabled");
    }

    @Test
    void anActionBeyondTheFreeSlotsWaitsForOne(FxRobot robot) throws Exception {
        int slots = Runtime.getRuntime().availableProcessors(); // the window's engine has one slot per core
        var actions = new ArrayList<String>();
        for (int i = 1; i <= slots + 1; i++) {
            actions.add(action("Job" + i, "Build", "Shell", 1));
        }
        driver.open(robot, pipeline("wide", "SUPERSEDED", stage("Build", actions.toArray(String[]::new))));
        driver.waitFor("the cards", () -> driver.card(robot, "Job1").isPresent());
        robot.interact(() -> window.command(AppCommand.SIMULATE)); // at 1×: a build takes its typical 6 s
        driver.waitFor("one job to wait for a slot", () -> window.state().waitReasonsProperty().get().values().stream()
                .anyMatch(r -> r.sentence().startsWith("Waiting for a free slot")));
        String waiting = onFx(() -> window.state().waitReasonsProperty().get().entrySet().stream()
                .filter(e -> e.getValue().sentence().startsWith("Waiting for a free slot")).findFirst().orElseThrow()
                .getKey().action());
        assertTrue(marker(robot, waiting).contains("of at most " + slots + " actions are working"), marker(robot, waiting));
    }

    @Test
    void aNewerChangeQueuesBehindTheExecutionInTheStageAndSupersedesTheOneWaiting(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("busy", "SUPERSEDED",
                stage("Build", action("Compile", "Build", "Shell", 1)),
                stage("Deploy", action("Publish", "Build", "Shell", 1))));
        driver.waitFor("the cards", () -> driver.card(robot, "Compile").isPresent());
        robot.interact(() -> window.command(AppCommand.SIMULATE_COMMITS)); // at 1×: Compile holds Build for 6 s
        driver.waitFor("the newest to queue in front of Build", () -> whyNow("Build", "Compile")
                .startsWith("Queued in front of stage Build"));
        assertTrue(marker(robot, "Compile").contains("in SUPERSEDED mode a stage takes one execution at a time"),
                marker(robot, "Compile"));

        // the middle one was overtaken: opened from the History, its cards say by which execution
        robot.interact(() -> window.showTab("history-tab"));
        TableView<ExecutionRecord> history = driver.in(robot, "#history").query();
        driver.waitFor("a superseded execution in the history", () -> history.getItems().stream()
                .anyMatch(r -> r.status() == ExecutionStatus.SUPERSEDED));
        int row = onFx(() -> history.getItems().indexOf(history.getItems().stream()
                .filter(r -> r.status() == ExecutionStatus.SUPERSEDED).findFirst().orElseThrow()));
        Node cell = onFx(() -> history.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == row).findFirst().orElseThrow());
        robot.doubleClickOn(cell);
        driver.waitFor("the superseded execution on screen", () -> window.state().executionProperty().get()
                .map(r -> r.status() == ExecutionStatus.SUPERSEDED).orElse(false));
        waitForWhy(robot, "Build", "Compile", "overtook this one");
    }

    @Test
    void inQueuedModeANewerChangeWaitsItsTurn(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("queue", "QUEUED", stage("Build", action("Compile", "Build", "Shell", 1))));
        driver.waitFor("the cards", () -> driver.card(robot, "Compile").isPresent());
        robot.interact(() -> window.command(AppCommand.SIMULATE_COMMITS));
        waitForWhy(robot, "Build", "Compile", "in QUEUED mode a stage takes one execution at a time");
    }
}
