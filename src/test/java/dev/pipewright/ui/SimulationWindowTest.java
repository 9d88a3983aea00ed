package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.layout.Box;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** Simulation in the window: an injected failure, retry after clearing it, step-through, the banner and the history. */
@ExtendWith(ApplicationExtension.class)
class SimulationWindowTest {

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

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** Three stages of shell actions that would each leave a file behind if they ran. */
    private Path threeStages() throws Exception {
        String here = dir.toAbsolutePath().toString().replace("\\", "/"); // where a real run would leave its files
        String shell = """
                { "name": "%s", "actionTypeId": { "category": "%s", "provider": "Shell" }, "runOrder": %d,
                  "configuration": { "commands": "touch '%s/ran-%s'" } }""";
        return Files.writeString(dir.resolve("lesson.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "lesson", "stages": [
                  { "name": "Build", "actions": [ %s ] },
                  { "name": "Test", "actions": [ %s, %s ] },
                  { "name": "Deploy", "actions": [ %s ] } ] } }""".formatted(
                shell.formatted("Compile", "Build", 1, here, "compile"), shell.formatted("Unit", "Build", 1, here, "unit"),
                shell.formatted("Lint", "Build", 2, here, "lint"), shell.formatted("Publish", "Build", 1, here, "publish")));
    }

    private boolean has(FxRobot robot, String action, String pseudoClass) {
        return driver.card(robot, action).map(n -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass(pseudoClass))).orElse(false);
    }

    private void rightClickCard(FxRobot robot, String stage, String action) throws Exception {
        Box b = onFx(() -> window.canvas().getLayout().card(new ActionRef(stage, action)).orElseThrow().box());
        robot.moveTo(onFx(() -> window.canvas().layoutToScreen(b.x() + b.width() / 2, b.y() + b.height() / 2)));
        robot.clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<ExecutionRecord> shown() throws Exception {
        return onFx(() -> window.state().executionProperty().get());
    }

    private String why(FxRobot robot, String stage, String action) throws Exception {
        return onFx(() -> whyNow(stage, action));
    }

    /** On the FX thread (inside a wait): why the action waits, or "". */
    private String whyNow(String stage, String action) {
        return Optional.ofNullable(window.state().waitReasonsProperty().get().get(new ActionRef(stage, action)))
                .map(r -> r.sentence()).orElse("");
    }

    @Test
    void anInjectedFailureTurnsItsCardRedLeavesLaterStagesPendingAndRetryAfterClearingItSucceeds(FxRobot robot)
            throws Exception {
        driver.open(robot, threeStages());
        driver.waitFor("the cards", () -> driver.card(robot, "Unit").isPresent());

        // the card's menu marks it; the mark is the window's, not the pipeline's
        rightClickCard(robot, "Test", "Unit");
        MenuClicks.choose(robot, driver, "ctx-cmd-fail-in-simulation");
        driver.waitFor("the mark on Unit", () -> has(robot, "Unit", "fails-in-simulation"));
        assertFalse(onFx(() -> window.document().orElseThrow().isDirty()), "marking a card does not edit the pipeline");
        robot.interact(() -> window.command(AppCommand.SPEED_5));
        assertEquals(5.0, onFx(() -> window.state().simulationSpeedProperty().get()));

        robot.clickOn("#cmd-simulate");
        driver.waitFor("Unit to fail", () -> driver.is(robot, "Unit", "failed"));
        driver.waitFor("the simulation to end", () -> !window.state().runningProperty().get());
        assertEquals(ExecutionStatus.FAILED, shown().orElseThrow().status());
        assertTrue(shown().orElseThrow().isSimulated());
        assertTrue(driver.is(robot, "Compile", "succeeded"));
        assertTrue(driver.is(robot, "Publish", "pending"), "the stage after the failure does not run");
        assertTrue(onFx(() -> robot.lookup("#simulation-banner").query().isVisible()), "the canvas says it is simulated");
        driver.waitFor("Publish to say why it did not run", () -> whyNow("Deploy", "Publish")
                .contains("Test/Unit failed"));
        Node publish = driver.card(robot, "Publish").orElseThrow();
        assertTrue(onFx(() -> robot.from(publish).lookup(".why-marker").query().isVisible()), "a why-marker on the card");
        assertTrue(why(robot, "Test", "Lint").contains("Did not run"), why(robot, "Test", "Lint"));
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Deploy", "Publish")))));
        driver.waitFor("the inspector's why", () -> robot.lookup("#inspector-why-answer").tryQuery()
                .map(n -> ((Label) n).getText().contains("Test/Unit failed")).orElse(false));
        WindowSnapshot.save(window.stage(), Path.of("target", "learn-simulated-failure.png"));

        robot.interact(() -> window.showTab("history-tab"));
        TableView<ExecutionRecord> history = driver.in(robot, "#history").query();
        driver.waitFor("the history to list the simulation", () -> history.getItems().size() == 1);
        String status = onFx(() -> String.valueOf(history.getColumns().get(1).getCellData(0)));
        assertEquals("Failed (simulated)", status);

        // clear the mark (the card's menu again) and retry: the run goes on and succeeds
        rightClickCard(robot, "Test", "Unit");
        MenuClicks.choose(robot, driver, "ctx-cmd-fail-in-simulation");
        driver.waitFor("the mark to go", () -> !has(robot, "Unit", "fails-in-simulation"));
        robot.clickOn("#cmd-retry-failed");
        driver.waitFor("the retried simulation to succeed", () -> window.state().executionProperty().get()
                .map(r -> r.status() == ExecutionStatus.SUCCEEDED).orElse(false));
        assertTrue(driver.is(robot, "Unit", "succeeded") && driver.is(robot, "Publish", "succeeded"));
        driver.waitFor("no card to wait any more", () -> window.state().waitReasonsProperty().get().isEmpty());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("ran-")),
                    "a simulation executes nothing");
        }
        // while a real run of the same file does leave them (so the check above could fail)
        robot.clickOn("#cmd-run");
        driver.waitFor("the real run to succeed", () -> window.state().executionProperty().get()
                .map(r -> !r.isSimulated() && r.status() == ExecutionStatus.SUCCEEDED).orElse(false));
        assertTrue(Files.exists(dir.resolve("ran-publish")), "a real run executes the commands");
        assertFalse(onFx(() -> robot.lookup("#simulation-banner").query().isVisible()), "no banner on a real run");
    }

    @Test
    void stepThroughPausesBeforeEachActionAndContinueStartsIt(FxRobot robot) throws Exception {
        driver.open(robot, threeStages());
        driver.waitFor("the cards", () -> driver.card(robot, "Unit").isPresent());
        robot.interact(() -> {
            window.command(AppCommand.SPEED_5);
            window.command(AppCommand.STEP_THROUGH);
        });
        assertTrue(onFx(() -> window.state().stepThroughProperty().get()));
        robot.interact(() -> window.command(AppCommand.SIMULATE));

        driver.waitFor("Compile to pause", () -> window.state().pausedProperty().get()
                .equals(List.of(new ActionRef("Build", "Compile"))));
        assertTrue(driver.is(robot, "Compile", "pending"), "paused before it starts");
        assertFalse(onFx(() -> robot.lookup("#cmd-continue").query().isDisabled()), "Continue can be pressed");
        driver.waitFor("Compile to say it is paused", () -> whyNow("Build", "Compile").startsWith("Paused"));
        assertTrue(onFx(() -> robot.lookup("#simulation-banner").<Label>query().getText()).contains("paused before Compile"));

        robot.clickOn("#cmd-continue");
        driver.waitFor("Compile to succeed and Unit to pause", () -> driver.is(robot, "Compile", "succeeded")
                && window.state().pausedProperty().get().equals(List.of(new ActionRef("Test", "Unit"))));
        assertTrue(why(robot, "Test", "Lint").contains("runOrder 1: Unit"), "Lint waits for the group before it: "
                + why(robot, "Test", "Lint"));
        robot.press(javafx.scene.input.KeyCode.F8).release(javafx.scene.input.KeyCode.F8); // the shortcut
        driver.waitFor("Unit to succeed and Lint to pause", () -> driver.is(robot, "Unit", "succeeded")
                && window.state().pausedProperty().get().equals(List.of(new ActionRef("Test", "Lint"))));

        // turning step-through off lets the rest go
        robot.interact(() -> window.command(AppCommand.STEP_THROUGH));
        driver.waitFor("the simulation to succeed", () -> window.state().executionProperty().get()
                .map(r -> r.status() == ExecutionStatus.SUCCEEDED).orElse(false));
        assertTrue(onFx(() -> robot.lookup("#cmd-continue").query().isDisabled()), "nothing to continue");
    }
}
