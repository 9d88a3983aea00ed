package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * A newcomer types a missing setting and waits: the problem goes away without pressing Enter or
 * leaving the field (found driving the window: the red mark stayed while the value was typed), and
 * the whole field edit is still one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class LiveFieldCommitTest {

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
    void aSettingTypedIsCommittedWhenTypingPausesAsOneUndoStep(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("live.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "live", "stages": [
                  { "name": "Build", "actions": [ { "name": "Make",
                    "actionTypeId": { "category": "Build", "provider": "Shell" } } ] } ] } }""");
        new WindowDriver(window).open(robot, file);
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        var before = onFx(() -> window.document().orElseThrow().current());
        assertTrue(onFx(() -> window.state().problemsProperty().get().stream().anyMatch(p -> p.isError())), "commands are missing");

        javafx.scene.control.TextArea commands = robot.lookup("#setting-commands").query();
        robot.interact(commands::requestFocus);
        robot.write("make");
        new WindowDriver(window).waitFor("the typed commands to be in the pipeline", () -> {
            try {
                return onFx(() -> window.document().orElseThrow().current().stage("Build").orElseThrow()
                        .action("Make").orElseThrow().setting("commands")).equals(Optional.of(new ConfigValue.Text("make")));
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(onFx(() -> window.state().problemsProperty().get().stream().noneMatch(p -> p.isError())), "the problem went as typed");
        assertSame(commands, onFx(() -> window.stage().getScene().getFocusOwner()), "focus stays in the field");

        robot.write(" all");
        Thread.sleep((long) FieldEdit.PAUSE.toMillis() * 3); // a second pause: committed again, joined to the first
        robot.interact(() -> window.command(AppCommand.UNDO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, onFx(() -> window.document().orElseThrow().current()), "one undo step for the field");
        assertEquals("", onFx(commands::getText));
    }
}
