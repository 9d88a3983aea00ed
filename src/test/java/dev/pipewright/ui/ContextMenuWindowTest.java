package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.Box;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Right-click (and Shift+F10) on the canvas: what is under the pointer is selected and gets a menu of its own. */
@ExtendWith(ApplicationExtension.class)
class ContextMenuWindowTest {

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
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                .forEach(Window::hide));
        test.close(robot);
    }

    private static String shell(String name, int runOrder, String extra) {
        return """
                { "name": "%s", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": %d,
                  "configuration": { "commands": "echo %s" } %s }""".formatted(name, runOrder, name, extra);
    }

    private void open(FxRobot robot, String stages) throws Exception {
        Path file = Files.writeString(dir.resolve("menus.pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"menus\", \"stages\": [" + stages + "] } }");
        driver.open(robot, file);
        robot.interact(() -> window.canvas().resetZoom());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openBuildAndTest(FxRobot robot) throws Exception {
        open(robot, """
                { "name": "Build", "actions": [ %s, %s ] },
                { "name": "Test", "actions": [ %s ] }""".formatted(
                shell("Compile", 1, ", \"outputArtifacts\": [ { \"name\": \"App\" } ]"),
                shell("Docs", 1, ""),
                shell("Unit", 1, ", \"inputArtifacts\": [ { \"name\": \"App\" } ]")));
    }

    private Pipeline model() {
        return window.document().orElseThrow().current();
    }

    private Point2D screen(double x, double y) {
        return window.canvas().layoutToScreen(x, y);
    }

    private Box card(String stage, String action) {
        return window.canvas().getLayout().card(new ActionRef(stage, action)).orElseThrow().box();
    }

    private void rightClick(FxRobot robot, double x, double y) {
        robot.moveTo(screen(x, y));
        robot.clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<ContextMenu> shownMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && "canvas-menu".equals(c.getId())
                && c.isShowing()).map(ContextMenu.class::cast).findFirst();
    }

    private List<String> menuIds() throws Exception {
        driver.waitFor("the canvas menu", () -> shownMenu().isPresent());
        return WaitForAsyncUtils.asyncFx(() -> shownMenu().orElseThrow().getItems().stream().map(MenuItem::getId)
                .filter(id -> id != null).toList()).get();
    }

    private void choose(FxRobot robot, String... ids) throws Exception {
        MenuClicks.choose(robot, driver, ids);
    }

    private List<CanvasItem> selection() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(window.canvas().getSelection())).get();
    }

    private String inspectorActionName(FxRobot robot) {
        return driver.in(robot, "#inspector-action-name").tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    /** Whether the node and every parent is visible (a tab not selected hides its content). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aRightClickOnACardSelectsItAndOffersWhatFitsACard(FxRobot robot) throws Exception {
        openBuildAndTest(robot);
        Box docs = card("Build", "Docs");
        rightClick(robot, docs.centerX(), docs.centerY());

        assertEquals(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Docs"))), selection(),
                "the card under the pointer is selected first");
        assertEquals("Docs", inspectorActionName(robot), "so the inspector shows what the menu acts on");
        List<String> ids = menuIds();
        assertTrue(ids.containsAll(List.of("ctx-cmd-rename", "ctx-cmd-duplicate", "ctx-cmd-delete", "ctx-change-provider",
                "ctx-add-before", "ctx-add-after", "ctx-add-beside")), ids.toString());
        assertFalse(ids.contains("ctx-show-log"), "no run, no log: " + ids);

        // add an action beside it: it runs together with Docs; one undo step takes it back
        Pipeline before = model();
        choose(robot, "ctx-add-beside", "ctx-add-beside-build");
        WaitForAsyncUtils.waitForFxEvents();
        WindowSnapshot.saveWithPopups(window.stage(), Path.of("target", "designer-card-menu.png"));
        choose(robot, "ctx-add-beside-build-Shell");
        var build = model().stage("Build").orElseThrow();
        assertEquals(3, build.actions().size());
        Action added = build.actions().stream().filter(a -> !List.of("Compile", "Docs").contains(a.name()))
                .findFirst().orElseThrow();
        assertEquals(build.action("Docs").orElseThrow().runOrder(), added.runOrder(), "beside = the same runOrder");
        robot.clickOn("#cmd-undo");
        assertEquals(before, model());

        // after it: a new group behind Docs's
        rightClick(robot, docs.centerX(), docs.centerY());
        choose(robot, "ctx-add-after", "ctx-add-after-build", "ctx-add-after-build-Shell");
        build = model().stage("Build").orElseThrow();
        assertEquals(List.of(1, 1, 2), build.actions().stream().map(Action::runOrder).sorted().toList());
        robot.clickOn("#cmd-undo");

        // Change Provider from the card's menu: one step, undone in one
        rightClick(robot, docs.centerX(), docs.centerY());
        choose(robot, "ctx-change-provider", "ctx-change-provider-test", "ctx-change-provider-test-Shell");
        assertEquals(dev.pipewright.model.ActionCategory.TEST, model().stage("Build").orElseThrow().action("Docs")
                .orElseThrow().category());
        robot.clickOn("#cmd-undo");
        assertEquals(before, model());

        // Shift+F10 opens the same menu for the selection
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Test", "Unit")))));
        robot.interact(() -> window.canvas().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        assertTrue(menuIds().contains("ctx-change-provider"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void stagesArrowsAndTheEmptyCanvasHaveMenusOfTheirOwn(FxRobot robot) throws Exception {
        openBuildAndTest(robot);
        Box header = window.canvas().getLayout().stage("Test").orElseThrow().header();
        rightClick(robot, header.x() + 40, header.centerY());
        assertEquals(List.of(new CanvasItem.StageItem("Test")), selection());
        assertTrue(driver.in(robot, "#inspector-stage-name").tryQuery().isPresent(), "the inspector shows the stage");
        List<String> ids = menuIds();
        assertTrue(ids.containsAll(List.of("ctx-add-stage-before", "ctx-add-stage-after", "ctx-toggle-transition")),
                ids.toString());
        choose(robot, "ctx-add-stage-before");
        assertEquals(List.of("Build", "Stage2", "Test"), model().stages().stream().map(s -> s.name()).toList());
        robot.clickOn("#cmd-undo");
        rightClick(robot, header.x() + 40, header.centerY());
        choose(robot, "ctx-add-to-stage", "ctx-add-to-stage-build", "ctx-add-to-stage-build-Shell");
        var test = model().stage("Test").orElseThrow();
        assertEquals(List.of(1, 2), test.actions().stream().map(Action::runOrder).toList(), "a new group at its end");
        robot.clickOn("#cmd-undo");

        // the transition into Test is disabled from its menu, and enabled again
        rightClick(robot, header.x() + 40, header.centerY());
        choose(robot, "ctx-toggle-transition");
        driver.waitFor("the transition to close", () -> window.canvas().getDisabledTransitions().contains("Test"));
        rightClick(robot, header.x() + 40, header.centerY());
        driver.waitFor("the menu to say Enable", () -> shownMenu().map(m -> m.getItems().stream()
                .anyMatch(i -> "ctx-toggle-transition".equals(i.getId()) && i.getText().startsWith("Enable"))).orElse(false));
        choose(robot, "ctx-toggle-transition");
        driver.waitFor("the transition to open", () -> window.canvas().getDisabledTransitions().isEmpty());

        // an arrow: selected, the inspector says what flows, and the menu deletes it
        Arrow flow = window.canvas().getLayout().arrows().stream().filter(a -> a.key() instanceof ArrowKey.ArtifactFlow)
                .findFirst().orElseThrow();
        var mid = flow.points().get(flow.points().size() - 1);
        var prev = flow.points().get(flow.points().size() - 2);
        robot.interact(() -> window.canvas().getSelection().clear());
        robot.clickOn(screen((mid.x() + prev.x()) / 2, (mid.y() + prev.y()) / 2));
        assertEquals(List.of(new CanvasItem.ConnectionItem("App", new ActionRef("Build", "Compile"),
                new ActionRef("Test", "Unit"))), selection(), "a click selects the connection too");
        assertTrue(driver.in(robot, "#inspector-connection").tryQuery().isPresent());
        rightClick(robot, (mid.x() + prev.x()) / 2, (mid.y() + prev.y()) / 2);
        assertEquals(List.of(new CanvasItem.ConnectionItem("App", new ActionRef("Build", "Compile"),
                new ActionRef("Test", "Unit"))), selection());
        String said = driver.in(robot, "#inspector-connection-text").<javafx.scene.control.Label>query().getText();
        assertTrue(said.contains("'App'") && said.contains("Compile") && said.contains("Unit"), said);
        assertEquals(List.of("ctx-delete-connection"), menuIds());
        choose(robot, "ctx-delete-connection");
        assertEquals(List.of(), model().stage("Test").orElseThrow().action("Unit").orElseThrow().inputArtifacts());
        robot.clickOn("#cmd-undo");

        // the empty canvas: nothing selected, and no Cut, Copy or Delete on offer
        double below = window.canvas().getLayout().height() - 6;
        rightClick(robot, 8, below);
        assertEquals(List.of(), selection());
        ids = menuIds();
        assertEquals(List.of("ctx-add-stage", "ctx-cmd-paste", "ctx-cmd-fit"), ids);
        choose(robot, "ctx-add-stage");
        assertEquals(3, model().stages().size());
    }

    @Test
    void duringARunACardsMenuShowsItsLogAndDecidesAWaitingGate(FxRobot robot) throws Exception {
        open(robot, """
                { "name": "Build", "actions": [ %s ] },
                { "name": "Release", "actions": [
                  { "name": "SignOff", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1 },
                  %s ] }""".formatted(shell("Compile", 1, ""), shell("Ship", 2, "")));
        robot.clickOn(driver.in(robot, "#cmd-run").<javafx.scene.Node>query());
        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));

        Box compile = card("Build", "Compile");
        rightClick(robot, compile.centerX(), compile.centerY());
        assertTrue(menuIds().contains("ctx-show-log"));
        choose(robot, "ctx-show-log");
        driver.waitFor("the Log tab to show Compile's log", () -> driver.in(robot, ".log-title").queryAll().stream()
                .anyMatch(n -> shown(n) && ((javafx.scene.control.Label) n).getText().startsWith("Build/Compile ·")));

        Box gate = card("Release", "SignOff");
        rightClick(robot, gate.centerX(), gate.centerY());
        List<String> ids = menuIds();
        assertTrue(ids.containsAll(List.of("ctx-approve", "ctx-reject")), ids.toString());
        assertTrue(robot.lookup("#approval-dialog").tryQuery().isEmpty(), "a right-click does not pop the dialog up");
        choose(robot, "ctx-approve");
        driver.waitFor("the run to go on and succeed", () -> driver.is(robot, "Ship", "succeeded"));
    }

    @Test
    void aFailedActionsMenuRetriesIt(FxRobot robot) throws Exception {
        Path marker = dir.resolve("tried-once");
        open(robot, """
                { "name": "Build", "actions": [ %s ] }""".formatted(shell("Flaky", 1, "")
                .replace("echo Flaky", "if [ -e '" + marker + "' ]; then echo ok; else touch '" + marker + "'; exit 1; fi")));
        robot.clickOn(driver.in(robot, "#cmd-run").<javafx.scene.Node>query());
        driver.waitFor("the action to fail", () -> driver.is(robot, "Flaky", "failed"));
        Box flaky = card("Build", "Flaky");
        rightClick(robot, flaky.centerX(), flaky.centerY());
        assertTrue(menuIds().contains("ctx-cmd-retry-failed"));
        choose(robot, "ctx-cmd-retry-failed");
        driver.waitFor("the retry to succeed", () -> driver.is(robot, "Flaky", "succeeded"));
    }
}
