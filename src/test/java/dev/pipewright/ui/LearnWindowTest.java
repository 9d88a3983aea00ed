package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.learn.Concepts;
import dev.pipewright.learn.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Concepts where they appear: the Learn panel, tooltips on the palette, canvas and inspector; the sample gallery. */
@ExtendWith(ApplicationExtension.class)
class LearnWindowTest {

    private static final String PIPELINE = """
            { "schemaVersion": 1, "pipeline": { "name": "learning", "stages": [
              { "name": "Source", "actions": [ { "name": "Checkout",
                "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] },
              { "name": "Test", "actions": [
                { "name": "Unit", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                  "configuration": { "commands": "true" }, "inputArtifacts": [ { "name": "Code" } ] },
                { "name": "Lint", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                  "configuration": { "commands": "true" } } ] } ] } }
            """;

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, Optional.empty());
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (window.learnPanelIfMade() != null) {
                window.learnPanelIfMade().stage().close();
            }
        });
        test.close(robot);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** The tooltip a node has, installed or set. */
    private static String tip(Node node) throws Exception {
        return onFx(() -> {
            Tooltip t = node instanceof Control c && c.getTooltip() != null ? c.getTooltip()
                    : (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
            return t == null ? "" : t.getText();
        });
    }

    private static String plain(String concept) {
        return Concepts.find(concept).orElseThrow().plain();
    }

    @Test
    void helpConceptsOpensASearchableLearnPanelWithAnalogiesAndRelatedLinks(FxRobot robot) throws Exception {
        robot.interact(() -> window.command(AppCommand.CONCEPTS));
        driver.waitFor("the Learn panel", () -> robot.lookup("#learn-panel").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#learn-list").query();
        assertEquals(Concepts.all().size(), onFx(() -> list.getItems().size()), "every concept is listed");

        robot.clickOn("#learn-search").write("artifact");
        driver.waitFor("the search to filter", () -> list.getItems().size() < Concepts.all().size());
        assertEquals("Artifact", onFx(() -> robot.lookup("#learn-title").<Label>query().getText()),
                "the best match is shown");
        assertEquals(plain("artifact"), onFx(() -> robot.lookup("#learn-plain").<Label>query().getText()));
        assertTrue(onFx(() -> robot.lookup("#learn-analogy").<Label>query().getText())
                .contains(Concepts.find("artifact").orElseThrow().analogy()));

        String related = Concepts.find("artifact").orElseThrow().related().get(0);
        robot.clickOn("#learn-related-" + related);
        assertEquals(Concepts.find(related).orElseThrow().title(),
                onFx(() -> robot.lookup("#learn-title").<Label>query().getText()), "a related link shows that concept");

        robot.doubleClickOn("#learn-search").eraseText(20).write("zzznothing");
        driver.waitFor("nothing to match", () -> list.getItems().isEmpty());
        assertTrue(onFx(() -> robot.lookup("#learn-title").<Label>query().getText()).startsWith("Nothing matches"));
        robot.doubleClickOn("#learn-search").eraseText(20).write("parallel");
        driver.waitFor("parallel to be found", () -> !list.getItems().isEmpty());
        WindowSnapshot.save(onFx(() -> window.learnPanelIfMade().stage()), Path.of("target", "learn-concepts.png"));
    }

    @Test
    void thePaletteTheCanvasAndTheInspectorExplainTheirConcepts(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("learning.pipeline.json"), PIPELINE);
        driver.open(robot, file);
        driver.waitFor("the cards", () -> driver.card(robot, "Unit").isPresent());

        assertTrue(tip(driver.in(robot, "#palette-Stage").query()).contains(plain("stage")), "palette: Stage");
        assertTrue(tip(driver.in(robot, "#palette-Build-Shell").query()).contains(plain("provider")),
                "palette: a provider");
        Node unit = driver.card(robot, "Unit").orElseThrow();
        assertTrue(tip(unit).contains(plain("action")), "a card: " + tip(unit));
        Node port = robot.from(unit).lookup(".port").query();
        assertTrue(tip(port).contains(plain("artifact")), "a port");
        // an artifact arrow explains itself once the pointer comes (a large pipeline has thousands of arrows)
        robot.moveTo(driver.in(robot, ".arrow.artifact .arrow-label").<Node>query());
        Node flow = driver.in(robot, ".arrow.artifact .arrow-line").query();
        assertTrue(tip(flow).contains("Checkout hands its output artifact Code to Unit")
                && tip(flow).contains(plain("artifact")), "an artifact arrow: " + tip(flow));
        Node stageArrow = driver.in(robot, ".arrow.stage-order .arrow-line").query();
        assertTrue(tip(stageArrow).contains(plain("transition")), "a stage arrow");
        Node legend = driver.in(robot, ".run-group-legend").queryAll().stream()
                .filter(n -> ((Label) n).getText().contains("run together")).findFirst().orElseThrow();
        assertTrue(tip(legend).contains(plain("runOrder")) && tip(legend).contains(plain("parallel")), "a bracket");

        robot.clickOn(unit);
        driver.waitFor("the inspector to show Unit", () -> robot.lookup("#inspector-action-namespace").tryQuery().isPresent());
        Label namespace = driver.in(robot, ".inspector-label").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("Namespace")).findFirst().orElseThrow();
        assertTrue(tip(namespace).contains(plain("namespace")), "an inspector field label");
        Label runs = driver.in(robot, ".inspector-label").queryAll().stream().map(Label.class::cast)
                .filter(l -> l.getText().equals("Runs")).findFirst().orElseThrow();
        assertTrue(tip(runs).contains(plain("runOrder")), "the Runs label");
    }

    @Test
    void theGalleryOpensACopyOfASampleInAFolderOfTheUsersAndRemembersIt(FxRobot robot) throws Exception {
        var hello = Samples.find("hello").orElseThrow();
        driver.waitFor("the gallery", () -> robot.lookup("#sample-card-hello").tryQuery().isPresent());
        String cardText = onFx(() -> robot.from(robot.lookup("#sample-card-hello").<Node>query()).lookup(".label")
                .queryAll().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b));
        assertTrue(cardText.contains(hello.title()) && cardText.contains(hello.level())
                && cardText.contains(hello.description()) && cardText.contains(hello.concepts().get(0).title()), cardText);
        WindowSnapshot.save(window.stage(), Path.of("target", "learn-gallery.png"));

        Path folder = dir.resolve("my samples");
        robot.clickOn("#sample-hello");
        driver.waitFor("the folder question", () -> robot.lookup("#sample-folder").tryQuery().isPresent());
        assertTrue(onFx(() -> robot.lookup("#sample-folder").<javafx.scene.control.TextField>query().getText())
                .endsWith("Pipewright samples"), "a folder under the user's documents or home is offered");
        robot.interact(() -> robot.lookup("#sample-folder").<javafx.scene.control.TextField>query().setText(folder.toString()));
        robot.clickOn("Copy and Open");
        driver.waitFor("the copy to open", () -> window.document().flatMap(d -> d.file()).isPresent());
        Path opened = onFx(() -> window.document().orElseThrow().file().orElseThrow());
        assertEquals(folder.resolve("hello").resolve("hello.pipeline.json").toAbsolutePath().normalize(),
                opened.toAbsolutePath().normalize(), "the copy, in a folder of its own inside the chosen one");
        assertTrue(Files.isRegularFile(opened));

        // File → Examples: the same gallery; the folder is remembered, and a second copy never overwrites the first
        robot.interact(() -> window.command(AppCommand.EXAMPLES));
        driver.waitFor("the examples dialog", () -> robot.lookup("#examples-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#examples-dialog").<Node>query()).lookup("#sample-hello").<Node>query());
        driver.waitFor("the folder question", () -> robot.lookup("#sample-folder").tryQuery().isPresent());
        assertEquals(folder.toAbsolutePath().normalize().toString(),
                onFx(() -> robot.lookup("#sample-folder").<javafx.scene.control.TextField>query().getText()));
        robot.clickOn("Copy and Open");
        driver.waitFor("the second copy to open", () -> window.document().flatMap(d -> d.file())
                .filter(f -> !f.equals(opened)).isPresent());
        assertNotEquals(opened, onFx(() -> window.document().orElseThrow().file().orElseThrow()));
        assertTrue(Files.isRegularFile(opened), "the first copy is still there");
        assertFalse(robot.lookup("#examples-dialog").tryQuery().filter(n -> n.getScene().getWindow().isShowing())
                .isPresent(), "the examples dialog closed");
    }
}
