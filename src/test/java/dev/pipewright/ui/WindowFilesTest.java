package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window and its file: the save prompt on close, reload when the file changes, the title, recent files. */
@ExtendWith(ApplicationExtension.class)
class WindowFilesTest {

    private static final String FILE = """
            { "schemaVersion": 1, "pipeline": { "name": "%s", "stages": [
              { "name": "Source", "actions": [ { "name": "Checkout",
                "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] } ] } }
            """;

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Platform.setImplicitExit(false); // a test closes the window; the toolkit must outlive it
        test = TestWindow.open(stage, Optional.empty());
        window = test.window();
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        test.close(robot); // later tests in this JVM must not find this window
    }

    private Path file(String name, String pipelineName) throws Exception {
        return Files.writeString(dir.resolve(name), FILE.formatted(pipelineName));
    }

    private void openAndEdit(FxRobot robot, Path file) {
        robot.interact(() -> {
            window.open(file);
            window.document().orElseThrow().history().apply("Rename the pipeline", p -> p.withName("edited"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.document().orElseThrow().isDirty()));
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String modelName() {
        return onFx(() -> window.document().map(d -> d.current().name()).orElse(""));
    }

    /** Fires the close request as the window's close button does; later, since the prompt waits for an answer. */
    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowOpen(FxRobot robot) throws Exception {
        openAndEdit(robot, file("kept.pipeline.json", "kept"));
        requestClose();
        awaitDialog(robot, "#save-dialog");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertEquals("edited", modelName(), "and the edits");
    }

    @Test
    void closingWithUnsavedEditsAndDontSaveClosesWithoutWriting(FxRobot robot) throws Exception {
        Path file = file("dropped.pipeline.json", "dropped");
        String before = Files.readString(file);
        openAndEdit(robot, file);
        requestClose();
        awaitDialog(robot, "#save-dialog");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals(before, Files.readString(file), "the file is as it was");
    }

    @Test
    void closingWithoutEditsAsksNothing(FxRobot robot) throws Exception {
        Path file = file("clean.pipeline.json", "clean");
        robot.interact(() -> window.open(file));
        requestClose();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(robot.lookup("#save-dialog").tryQuery().isEmpty());
    }

    @Test
    void aFileChangedOnDiskIsReloadedWhenThereAreNoEdits(FxRobot robot) throws Exception {
        Path file = file("watched.pipeline.json", "before");
        robot.interact(() -> window.open(file));
        assertEquals("before", modelName());
        changeOnDisk(file, "after");
        // the window checks the file every 2 s
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> modelName().equals("after"));
        assertFalse(onFx(() -> window.document().orElseThrow().isDirty()), "what is shown is what is on disk");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "nothing was asked");
    }

    @Test
    void aFileChangedOnDiskWithUnsavedEditsAsksBeforeReloading(FxRobot robot) throws Exception {
        Path file = file("contested.pipeline.json", "before");
        openAndEdit(robot, file);
        changeOnDisk(file, "theirs");
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .filter(p -> ((DialogPane) p).getHeaderText().contains("changed on disk")).isPresent());
        assertEquals("edited", modelName(), "nothing is replaced before the answer");
        robot.clickOn("Reload");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> modelName().equals("theirs"));
        assertFalse(onFx(() -> window.document().orElseThrow().isDirty()));
    }

    private static void changeOnDisk(Path file, String pipelineName) throws Exception {
        Files.writeString(file, FILE.formatted(pipelineName));
        // some file systems keep whole seconds: make the change visible whatever the clock's grain
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
    }

    @Test
    void theTitleMarksUnsavedEditsUntilSaved(FxRobot robot) throws Exception {
        Path file = file("titled.pipeline.json", "titled");
        robot.interact(() -> window.open(file));
        assertEquals("titled.pipeline.json — Pipewright", stage.getTitle());
        robot.interact(() -> window.document().orElseThrow().history().apply("Rename", p -> p.withName("renamed")));
        assertEquals("• titled.pipeline.json — Pipewright", stage.getTitle());
        robot.clickOn("#cmd-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("titled.pipeline.json — Pipewright", stage.getTitle());
        Pipeline saved = dev.pipewright.io.PipelineFiles.read(file);
        assertEquals("renamed", saved.name());
    }

    @Test
    void theWelcomeViewListsAFileOpenedBefore(FxRobot robot) throws Exception {
        Path file = file("remembered.pipeline.json", "remembered");
        robot.interact(() -> window.open(file));
        // File → Close fired on the menu item itself: clicking headless menus proved flaky after other tests
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").query();
        robot.interact(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-cmd-close".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#welcome").tryQuery().isPresent(), "File → Close shows the welcome view");
        assertTrue(robot.lookup(".hyperlink").<Hyperlink>queryAll().stream()
                .anyMatch(l -> l.getText().startsWith("remembered.pipeline.json")), "the file is under Recent");
    }
}
