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
}
