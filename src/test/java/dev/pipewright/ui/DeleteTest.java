package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
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

/** Delete is one intent: any selection, one undo step, the same from the key and the command. */
@ExtendWith(ApplicationExtension.class)
class DeleteTest {

    private static final String FILE = """
            { "schemaVersion": 1, "pipeline": { "name": "del", "stages": [
              { "name": "Source", "actions": [ { "name": "Checkout",
                "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] },
              { "name": "Build", "actions": [
                { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                  "configuration": { "commands": "true" }, "inputArtifacts": [ { "name": "Code" } ] },
                { "name": "Lint", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                  "configuration": { "commands": "true" }, "inputArtifacts": [ { "name": "Code" } ] } ] },
              { "name": "Ship", "actions": [
                { "name": "Tell", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                  "configuration": { "commands": "true" } } ] } ] } }
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

    private Pipeline model() throws Exception {
        return onFx(() -> window.document().orElseThrow().current());
    }

    private static final List<CanvasItem> MIXED = List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")),
            new CanvasItem.ConnectionItem("Code", new ActionRef("Source", "Checkout"), new ActionRef("Build", "Lint")),
            new CanvasItem.StageItem("Ship"));

    private void deleteMixedSelectionThenUndoOnce(FxRobot robot, Runnable delete) throws Exception {
        Pipeline before = model();
        robot.interact(() -> window.select(MIXED));
        delete.run();
        WaitForAsyncUtils.waitForFxEvents();
        Pipeline after = model();
        assertNotEquals(before, after);
        var build = after.stage("Build").orElseThrow();
        assertEquals(List.of("Lint"), build.actions().stream().map(a -> a.name()).toList(), "the card went");
        assertEquals(List.of(), build.action("Lint").orElseThrow().inputArtifacts(), "the connection went");
        assertTrue(after.stage("Ship").isEmpty(), "the stage went");
        robot.interact(() -> window.command(AppCommand.UNDO));
        assertEquals(before, model(), "one undo brings all of it back");
    }

    @Test
    void theDeleteKeyDeletesAnySelectionAsOneStep(FxRobot robot) throws Exception {
        new WindowDriver(window).open(robot, Files.writeString(dir.resolve("del.pipeline.json"), FILE));
        deleteMixedSelectionThenUndoOnce(robot, () -> {
            robot.interact(() -> window.canvas().requestFocus());
            robot.type(KeyCode.DELETE);
        });
    }

    @Test
    void theDeleteCommandDoesTheSame(FxRobot robot) throws Exception {
        new WindowDriver(window).open(robot, Files.writeString(dir.resolve("del.pipeline.json"), FILE));
        deleteMixedSelectionThenUndoOnce(robot, () -> robot.interact(() -> window.command(AppCommand.DELETE)));
        // with nothing selected there is nothing to delete: the command says so by being disabled
        robot.interact(() -> window.select(List.of()));
        javafx.scene.Node button = new WindowDriver(window).in(robot, "#" + AppCommand.DELETE.id()).query();
        assertTrue(onFx(button::isDisabled));
        robot.interact(() -> window.select(List.of(new CanvasItem.StageItem("Build"))));
        assertTrue(!onFx(button::isDisabled));
    }
}
