package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

/** Typing in the inspector, then a command: the command sees what was typed, and focus stays put. */
@ExtendWith(ApplicationExtension.class)
class InspectorEditingTest {

    private static final String FILE = """
            { "schemaVersion": 1, "pipeline": { "name": "typed", "stages": [
              { "name": "Build", "actions": [ { "name": "Make",
                "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                "configuration": { "commands": "echo one" } } ] } ] } }
            """;

    private static final String WITH_OUTPUT = """
            { "schemaVersion": 1, "pipeline": { "name": "typed", "stages": [
              { "name": "Build", "actions": [ { "name": "Make",
                "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                "configuration": { "commands": "echo one" },
                "outputArtifacts": [ { "name": "dist" } ] } ] } ] } }
            """;

    @TempDir
    Path dir;

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

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void ctrlSWhileTypingSavesWhatWasTypedKeepsFocusAndUndoesInOneStep(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("typed.pipeline.json"), FILE);
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        var before = onFx(() -> window.document().orElseThrow().current());

        javafx.scene.control.TextArea commands = robot.lookup("#setting-commands").query();
        robot.interact(() -> {
            commands.requestFocus();
            commands.end();
        });
        robot.write(" two");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // on disk: what was typed
        var saved = Document.open(file).current();
        assertEquals(Optional.of(new ConfigValue.Text("echo one two")),
                saved.stage("Build").orElseThrow().action("Make").orElseThrow().setting("commands"));
        // the title: saved, no mark
        String title = onFx(() -> window.stage().getTitle());
        assertFalse(title.contains("•"), title);
        // focus: still in the field being typed in, which is still the one on screen
        assertSame(commands, onFx(() -> window.stage().getScene().getFocusOwner()));
        assertSame(commands, robot.lookup("#setting-commands").query(), "the inspector was not rebuilt");

        // typing goes on in the same field; the whole field edit is one undo step
        robot.write(" three");
        robot.interact(() -> window.command(AppCommand.UNDO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, onFx(() -> window.document().orElseThrow().current()));
        assertEquals("echo one", onFx(commands::getText), "the field shows what undo brought back");
    }

    @Test
    void aPipelineNameTypedThenSavedIsOnDisk(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("named.pipeline.json"), FILE);
        new WindowDriver(window).open(robot, file);
        TextField name = robot.lookup("#inspector-pipeline-name").query();
        robot.interact(() -> {
            name.requestFocus();
            name.selectAll();
        });
        robot.write("renamed");
        robot.interact(() -> window.command(AppCommand.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("renamed", Document.open(file).current().name());
        assertTrue(onFx(name::isFocused));
        assertFalse(onFx(() -> window.document().orElseThrow().isDirty()));
    }

    @Test
    void anArtifactGlobTypedThenCtrlSIsSavedInOneUndoStepAndTypingGoesOn(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("globs.pipeline.json"), WITH_OUTPUT);
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        var before = onFx(() -> window.document().orElseThrow().current());

        TextField files = robot.lookup("#output-files-0").query();
        robot.interact(files::requestFocus);
        robot.write("dist/**");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        var saved = Document.open(file).current();
        assertEquals(List.of("dist/**"), saved.stage("Build").orElseThrow().action("Make").orElseThrow()
                .outputArtifacts().get(0).files());
        String title = onFx(() -> window.stage().getTitle());
        assertFalse(title.contains("•"), title);
        TextField focused = onFx(() -> (TextField) window.stage().getScene().getFocusOwner());
        assertEquals("output-files-0", focused.getId(), "typing stays in the glob field");

        // typing goes on where it was; the glob edit, saved halfway, is still one undo step
        robot.write(", out/*.txt");
        assertEquals("dist/**, out/*.txt", onFx(() -> ((TextField) robot.lookup("#output-files-0").query()).getText()));
        robot.interact(() -> window.command(AppCommand.UNDO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, onFx(() -> window.document().orElseThrow().current()));
    }

    @Test
    void anArtifactNameTypedIsCommittedWhenTheSelectionChanges(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("names.pipeline.json"), WITH_OUTPUT);
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#output-name-0").query();
        robot.interact(() -> {
            name.requestFocus();
            name.end();
        });
        robot.write("2");
        robot.interact(() -> window.select(List.of(new CanvasItem.StageItem("Build"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("dist2", onFx(() -> window.document().orElseThrow().current().stage("Build").orElseThrow()
                .action("Make").orElseThrow().outputArtifacts().get(0).name()));
    }

    @Test
    void aRunOrderTypedIsCommittedBeforeSave(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("order.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "order", "stages": [
                  { "name": "Build", "actions": [
                    { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": "echo one" } },
                    { "name": "Lint", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 2,
                      "configuration": { "commands": "echo two" } } ] } ] } }
                """);
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Lint")))));
        WaitForAsyncUtils.waitForFxEvents();
        TextField order = robot.lookup("#inspector-run-order").query();
        robot.interact(() -> {
            order.requestFocus();
            order.selectAll();
        });
        robot.write("1");
        robot.interact(() -> window.command(AppCommand.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Document.open(file).current().stage("Build").orElseThrow().action("Lint").orElseThrow()
                .runOrder(), "Lint runs with Make, as typed");
        assertFalse(onFx(() -> window.document().orElseThrow().isDirty()));
        assertEquals("inspector-run-order", onFx(() -> window.stage().getScene().getFocusOwner().getId()));
    }

    @Test
    void renamingAnActionInTheInspectorKeepsFocusAndCaret(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("rename.pipeline.json"), FILE);
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#inspector-action-name").query();
        robot.interact(() -> {
            name.requestFocus();
            name.end();
        });
        robot.write("It");
        robot.type(KeyCode.ENTER); // commits the rename: the card is another one now
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("MakeIt", onFx(() -> window.document().orElseThrow().current().stage("Build").orElseThrow()
                .actions().get(0).name()));
        robot.write("Now");
        TextField now = onFx(() -> (TextField) window.stage().getScene().getFocusOwner());
        assertEquals("inspector-action-name", now.getId());
        assertEquals("MakeItNow", onFx(now::getText), "typing went on at the caret, nothing selected was replaced");
        robot.interact(() -> window.command(AppCommand.SAVE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("MakeItNow", Document.open(file).current().stage("Build").orElseThrow().actions().get(0).name());
        assertTrue(onFx(() -> window.state().selectionProperty().get()
                .equals(List.of(new CanvasItem.CardItem(new ActionRef("Build", "MakeItNow"))))));
    }
}
