package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The action inspector as a person uses it: run-together groups shown on the canvas and changed
 * in words, artifacts added, renamed, given files and taken, the provider changed, and a problem's
 * suggested fix applied from the Problems list. Each change is one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class ActionInspectorWindowTest {

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        // wide enough for the README's pictures to show the whole pipeline at a readable size
        test = TestWindow.open(stage, Optional.of(dir.resolve("runs")), 1600, 960);
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        test.close(robot);
    }

    private static String shell(String name, int runOrder, String commands, String extra) {
        return """
                { "name": "%s", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": %d,
                  "configuration": { "commands": "%s" } %s }""".formatted(name, runOrder, commands, extra);
    }

    /** Source, then Test with Unit and Lint together and Package after them, then Deploy. */
    private void open(FxRobot robot, String unitCommands, String deployProvider) throws Exception {
        String stages = """
                { "name": "Source", "actions": [ { "name": "Checkout",
                  "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                  "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] },
                { "name": "Test", "actions": [ %s, %s, %s ] },
                { "name": "Deploy", "actions": [ { "name": "Publish",
                  "actionTypeId": { "category": "Build", "provider": "%s" }, "runOrder": 1,
                  "configuration": { "commands": "echo published", "shell": "sh" } } ] }""".formatted(
                shell("Unit", 1, unitCommands, ", \"inputArtifacts\": [ { \"name\": \"Code\" } ]"),
                shell("Lint", 1, "echo lint", ""),
                shell("Package", 2, "echo package", ", \"outputArtifacts\": [ { \"name\": \"Bundle\" } ]"),
                deployProvider);
        // the source copies the pipeline's folder: not the one the runs are written to
        Path file = Files.writeString(Files.createDirectories(dir.resolve("project")).resolve("inspected.pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"inspected\", \"stages\": [" + stages + "] } }");
        driver.open(robot, file);
        robot.interact(() -> window.canvas().resetZoom());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Pipeline model() {
        return window.document().orElseThrow().current();
    }

    private Action action(String stage, String name) {
        return model().stage(stage).orElseThrow().action(name).orElseThrow();
    }

    private void select(FxRobot robot, String stage, String action) {
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef(stage, action)))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings an inspector node into view, as a person scrolls to it. */
    /**
     * The inspector's node for {@code query}, scrolled into view: looked up again until it is on
     * screen (a busy machine may lay the inspector out again after a first look).
     */
    private <T extends Node> T inspector(FxRobot robot, String query) throws Exception {
        driver.waitFor(query + " on screen in the inspector", () -> {
            Node node = driver.in(robot, query).query();
            ScrollPane scroll = driver.in(robot, "#inspector").query();
            javafx.geometry.Bounds inScene = node.getScene() == null ? null : node.localToScene(node.getBoundsInLocal());
            javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            if (inScene != null && view.contains(inScene.getMinX() + 1, inScene.getMinY() + 1)) {
                return true;
            }
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = contentHeight - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            return false;
        });
        return driver.in(robot, query).query();
    }

    /** The whole pipeline in view and the focus on the canvas, as for a picture of the window. */
    private void fitForPicture(FxRobot robot) {
        robot.interact(() -> {
            window.canvas().fitToWindow();
            window.canvas().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> legends(FxRobot robot) {
        return driver.in(robot, ".run-group-legend").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void actionsThatRunTogetherAreBracketedAndTheInspectorChangesWhenAnActionRuns(FxRobot robot) throws Exception {
        open(robot, "echo unit", "Shell");
        // Unit and Lint have runOrder 1: one bracket, labelled; Package runs after them, numbered
        driver.waitFor("the groups drawn", () -> legends(robot).contains("1 · 2 run together"));
        assertTrue(legends(robot).contains("2"), legends(robot).toString());
        assertEquals(1, driver.in(robot, ".run-group").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("together"))).count());
        select(robot, "Test", "Unit");
        fitForPicture(robot);
        WindowSnapshot.save(window.stage(), Path.of("target", "designer-run-together.png"));

        // the inspector says when Package runs, in words and as its number
        select(robot, "Test", "Package");
        ComboBox<RunOrderSection.Choice> when = inspector(robot, "#inspector-runs-when");
        assertEquals("runs after Unit and Lint", when.getValue().words());
        assertEquals("2", driver.in(robot, "#inspector-run-order").<TextField>query().getText());
        Pipeline before = model();
        robot.clickOn(when);
        robot.clickOn("runs with Unit and Lint");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, action("Test", "Package").runOrder(), "now in Unit and Lint's group");
        driver.waitFor("the bracket to hold three", () -> legends(robot).contains("1 · 3 run together"));
        robot.clickOn("#cmd-undo");
        assertEquals(before, model(), "one undo step");

        // the number, typed: Lint to 2 runs it with Package
        select(robot, "Test", "Lint");
        TextField number = inspector(robot, "#inspector-run-order");
        robot.doubleClickOn(number).write("2").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(action("Test", "Package").runOrder(), action("Test", "Lint").runOrder());
        assertEquals(1, action("Test", "Unit").runOrder());
        robot.clickOn("#cmd-undo");
        assertEquals(before, model());
    }

    @Test
    void theGroupsStayMarkedDuringARun(FxRobot robot) throws Exception {
        Path go = dir.resolve("go");
        open(robot, "while [ ! -e '" + go + "' ]; do sleep 0.05; done; echo unit ok", "Shell");
        fitForPicture(robot);
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("Unit to run", () -> driver.is(robot, "Unit", "running"));
        driver.waitFor("Lint to finish", () -> driver.is(robot, "Lint", "succeeded"));
        assertTrue(legends(robot).contains("1 · 2 run together"), legends(robot).toString());
        select(robot, "Test", "Unit");
        robot.interact(() -> window.showTab("log-tab"));
        Thread.sleep(1200); // the elapsed time ticks on the running card
        WindowSnapshot.save(window.stage(), Path.of("target", "run-run-together.png"));
        Files.createFile(go);
        driver.waitFor("the run to succeed", () -> driver.is(robot, "Publish", "succeeded"));
    }

    @Test
    void artifactsAreAddedRenamedGivenFilesAndTakenInTheInspector(FxRobot robot) throws Exception {
        open(robot, "echo unit", "Shell");
        select(robot, "Test", "Package");
        Pipeline start = model();

        // rename the output: Deploy's input would follow it
        TextField name = inspector(robot, "#output-name-0");
        robot.doubleClickOn(name).write("Site").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(List.of(OutputArtifact.named("Site")), action("Test", "Package").outputArtifacts());
        // a name the file would refuse is refused, and says why
        name = inspector(robot, "#output-name-0");
        robot.doubleClickOn(name).write("my site").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("Site", action("Test", "Package").outputArtifacts().get(0).name());
        assertTrue(window.statusText().contains("letters, digits and - _"), window.statusText());

        // its files
        TextField files = inspector(robot, "#output-files-0");
        robot.clickOn(files).write("dist/**, README.md").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals(List.of(new OutputArtifact("Site", List.of("dist/**", "README.md"))),
                action("Test", "Package").outputArtifacts());

        // a second output
        robot.clickOn(this.<Node>inspector(robot, "#artifacts-add-output"));
        assertEquals(List.of("Site", "PackageOutput"), action("Test", "Package").outputArtifacts().stream()
                .map(OutputArtifact::name).toList());

        // Publish (a later stage) picks inputs from the outputs of earlier actions only
        select(robot, "Deploy", "Publish");
        ComboBox<dev.pipewright.edit.ArtifactEdits.Offer> take = inspector(robot, "#artifacts-add-input");
        assertEquals(List.of("Code", "Site", "PackageOutput"), take.getItems().stream().map(o -> o.artifact()).toList());
        robot.clickOn(take);
        robot.clickOn("Site — from Package (Test)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Site"), action("Deploy", "Publish").inputArtifacts());

        // Package takes Checkout's Code; the picture shows its artifacts
        select(robot, "Test", "Package");
        ComboBox<dev.pipewright.edit.ArtifactEdits.Offer> packageTake = inspector(robot, "#artifacts-add-input");
        assertEquals(List.of("Code"), packageTake.getItems().stream().map(o -> o.artifact()).toList(),
                "Unit and Lint give nothing; Publish runs later");
        robot.clickOn(packageTake);
        robot.clickOn("Code — from Checkout (Source)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Code"), action("Test", "Package").inputArtifacts());
        fitForPicture(robot);
        inspector(robot, "#inspector-run-order-section");
        WindowSnapshot.save(window.stage(), Path.of("target", "designer-artifacts.png"));

        // Unit (runOrder 1) cannot take what Package (runOrder 2, same stage) makes
        select(robot, "Test", "Unit");
        ComboBox<dev.pipewright.edit.ArtifactEdits.Offer> unitTake = inspector(robot, "#artifacts-add-input");
        assertTrue(unitTake.getItems().isEmpty() && unitTake.isDisabled(), "Code is taken already; nothing else is earlier");

        // removing the output also removes the input it fed
        select(robot, "Test", "Package");
        robot.clickOn(this.<Node>inspector(robot, "#output-remove-0"));
        assertEquals(List.of(), action("Deploy", "Publish").inputArtifacts());
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#cmd-undo");
        }
        assertEquals(start, model(), "six edits, six undo steps");
    }

    @Test
    void aWrongProviderIsFixedFromTheProblemsListAndTheProviderChangedInTheInspector(FxRobot robot) throws Exception {
        open(robot, "echo unit", "Shel");
        robot.interact(() -> window.showTab("problems-tab"));
        driver.waitFor("the problem listed", () -> !window.problems().isEmpty());
        assertTrue(window.problems().stream().anyMatch(p -> p.replacement().equals(java.util.Optional.of("Shell"))));
        Pipeline before = model();
        robot.clickOn(driver.in(robot, ".apply-fix").<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        Action publish = action("Deploy", "Publish");
        assertEquals("Shell", publish.provider());
        assertEquals(new ConfigValue.Text("echo published"), publish.setting("commands").orElseThrow(),
                "the settings Shell has are kept");
        assertTrue(window.problems().stream().noneMatch(p -> p.isError()), window.problems().toString());
        robot.clickOn("#cmd-undo");
        assertEquals(before, model(), "one undo step");

        // Change Provider from the inspector: CodeBuild has no "commands" nor "shell"; the status bar says so
        select(robot, "Test", "Lint");
        robot.clickOn(this.<Node>inspector(robot, "#inspector-change-provider"));
        MenuClicks.choose(robot, driver, "provider-build", "provider-build-CodeBuild");
        WaitForAsyncUtils.waitForFxEvents();
        Action lint = action("Test", "Lint");
        assertEquals("CodeBuild", lint.provider());
        assertFalse(lint.configuration().containsKey("commands"));
        assertTrue(window.statusText().contains("commands") && window.statusText().contains("dropped"),
                window.statusText());
        assertEquals(1, lint.runOrder(), "it keeps its place");
    }
}
