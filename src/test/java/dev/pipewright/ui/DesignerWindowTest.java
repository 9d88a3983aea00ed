package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.layout.Box;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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

/** The real window, driven as a person does: palette drops, a connection, undo and redo, files. */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {

    private static final String START = """
            { "schemaVersion": 1, "pipeline": { "name": "designed", "stages": [
              { "name": "Source", "actions": [ { "name": "Checkout",
                "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] },
              { "name": "Build", "actions": [] } ] } }
            """;

    @TempDir
    static Path dir;

    private TestWindow test;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, Optional.empty());
        window = test.window();
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        test.close(robot);
    }

    private Pipeline model() {
        return window.document().orElseThrow().current();
    }

    private Box card(String stage, String action) {
        return window.canvas().getLayout().card(new ActionRef(stage, action)).orElseThrow().box();
    }

    private Point2D screen(double x, double y) {
        return window.canvas().layoutToScreen(x, y);
    }

    /** Drags a palette item to a point of the canvas's layout. */
    private void dropFromPalette(FxRobot robot, String id, double x, double y) {
        // Monocle's headless glass ends every drag and drop with a NullPointerException in its own
        // clipboard code after the drop has been delivered; that exception is Monocle's, not ours
        WaitForAsyncUtils.autoCheckException = false;
        try {
            Node item = robot.lookup("#" + id).query();
            robot.drag(item, MouseButton.PRIMARY).moveTo(screen(x - 4, y)).moveTo(screen(x, y)).drop();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
    }

    private int runOrder(String stage, String action) {
        return model().stage(stage).orElseThrow().action(action).orElseThrow().runOrder();
    }

    @Test
    void designAPipelineByHandThenUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("designed.pipeline.json"), START);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().resetZoom());
        WaitForAsyncUtils.waitForFxEvents();
        Pipeline original = model();

        // 1. a Build provider dropped onto the empty Build stage becomes a card there
        Box build = window.canvas().getLayout().stage("Build").orElseThrow().box();
        dropFromPalette(robot, "palette-Build-Shell", build.x() + build.width() / 2, build.y() + build.height() / 2);
        assertEquals(List.of("Shell"), model().stage("Build").orElseThrow().actions().stream().map(a -> a.name()).toList());
        assertNotNull(robot.lookup(".card").queryAll().stream().filter(n -> n.isVisible()).findAny().orElse(null));

        // 2. a second one dropped onto the first card runs in parallel with it
        Box first = card("Build", "Shell");
        dropFromPalette(robot, "palette-Build-Shell", first.x() + first.width() / 2, first.y() + first.height() / 2);
        assertEquals(2, model().stage("Build").orElseThrow().actions().size());
        assertEquals(runOrder("Build", "Shell"), runOrder("Build", "Shell2"));

        // 3. a third dropped after that group starts a new group
        Box stage = window.canvas().getLayout().stage("Build").orElseThrow().box();
        Box group = card("Build", "Shell");
        dropFromPalette(robot, "palette-Build-Shell", (group.x() + group.width() + stage.x() + stage.width()) / 2 + 4,
                group.y() + group.height() / 2);
        assertEquals(3, model().stage("Build").orElseThrow().actions().size());
        assertEquals(runOrder("Build", "Shell") + 1, runOrder("Build", "Shell3"));

        // 4. connecting Checkout to Shell3 makes Shell3 consume Checkout's artifact
        var port = window.canvas().getLayout().card(new ActionRef("Source", "Checkout")).orElseThrow().outputPort();
        Box target = card("Build", "Shell3");
        robot.drag(screen(port.x() - 1, port.y()), MouseButton.PRIMARY)
                .moveTo(screen(target.x() + target.width() / 2 - 5, target.y() + target.height() / 2))
                .moveTo(screen(target.x() + target.width() / 2, target.y() + target.height() / 2)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Code"), model().stage("Build").orElseThrow().action("Shell3").orElseThrow().inputArtifacts());
        Pipeline designed = model();
        assertTrue(window.document().orElseThrow().isDirty());
        assertTrue(robot.lookup(".menu-bar").query().getScene().getWindow() instanceof Stage s
                && ((Stage) s).getTitle().startsWith("• "), "the title marks unsaved changes");

        // 5. undo every step back to the start, then redo them all
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#cmd-undo");
        }
        assertEquals(original, model());
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#cmd-redo");
        }
        assertEquals(designed, model());

        // 6. fill in the commands in the inspector, save, reopen from disk and compare
        robot.interact(() -> window.select(List.of(new dev.pipewright.ui.canvas.CanvasItem.CardItem(
                new ActionRef("Build", "Shell")))));
        javafx.scene.control.TextArea commands = robot.lookup("#setting-commands").query();
        robot.interact(commands::requestFocus); // it may be scrolled out of the inspector's view
        robot.write("echo built").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.CONTROL);
        assertEquals(new ConfigValue.Text("echo built"),
                model().stage("Build").orElseThrow().action("Shell").orElseThrow().setting("commands").orElseThrow());
        WindowSnapshot.save(window.stage(), Path.of("target", "designer-window-test.png")); // to look at after a run
        robot.clickOn("#cmd-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.document().orElseThrow().isDirty());
        assertEquals(model(), Document.open(file).current());

        // 7. a stage added from the palette (a double-click adds it last) is selected, so the
        //    inspector shows it and F2 renames it
        robot.doubleClickOn("#palette-" + Palette.STAGE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, model().stages().size());
        String added = model().stages().get(2).name();
        assertEquals(List.of(new dev.pipewright.ui.canvas.CanvasItem.StageItem(added)),
                WaitForAsyncUtils.asyncFx(() -> List.copyOf(window.canvas().getSelection())).get());
    }

    @Test
    void aBrokenFileOpensADialogSayingWhereItIsWrong(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"x\", \"stages\": [ { \"nam\": \"A\" } ] } }");
        robot.interact(() -> javafx.application.Platform.runLater(() -> window.open(broken)));
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#error-dialog").query();
        assertNotNull(dialog);
        String details = robot.lookup("#error-details").<javafx.scene.control.TextArea>query().getText();
        assertTrue(details.contains("broken.pipeline.json:1:"), details);
        assertTrue(details.contains("nam"), details);
        robot.clickOn("OK");
        assertTrue(window.document().isEmpty(), "nothing half-opened");
    }
}
