package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file that cannot be opened: the dialog lists every error with its place, all of it in view. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

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

    @Test
    void everyErrorIsListedWithItsPlaceAndTheDialogFitsThem(FxRobot robot) throws Exception {
        var stages = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            stages.append(i == 0 ? "" : ",\n").append("  { \"nam\": \"Stage").append(i)
                    .append("\", \"actions\": [ { \"name\": \"A\", \"runOrder\": \"first\" } ] }");
        }
        Path broken = Files.writeString(dir.resolve("many-errors.pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"x\", \"stages\": [\n" + stages + "\n] } }");
        var errors = org.junit.jupiter.api.Assertions.assertThrows(PipelineFileException.class,
                () -> PipelineFiles.read(broken)).errors();
        assertTrue(errors.size() > 8, "a file with many errors: " + errors.size());

        robot.interact(() -> Platform.runLater(() -> window.open(broken)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#error-dialog").query();
        TextArea details = robot.lookup("#error-details").query();
        for (var error : errors) {
            assertTrue(error.position().isPresent(), error.toString());
            assertTrue(details.getText().contains(error.toString()), "listed: " + error);
        }
        // all of it in view: no scrolling inside, and the dialog as large as its content asks
        boolean scrolls = robot.from(details).lookup(".scroll-bar").queryAll().stream()
                .anyMatch(n -> n instanceof ScrollBar bar && bar.isVisible()
                        && bar.getOrientation() == Orientation.VERTICAL);
        assertTrue(!scrolls, "the errors fit without scrolling: " + details.getText().lines().count() + " lines, area "
                + details.getWidth() + "x" + details.getHeight() + " pref rows " + details.getPrefRowCount() + " cols "
                + details.getPrefColumnCount() + ", dialog " + dialog.getWidth() + "x" + dialog.getHeight()
                + " longest " + details.getText().lines().mapToInt(String::length).max().orElse(0));
        assertTrue(dialog.getHeight() + 0.5 >= dialog.prefHeight(dialog.getWidth()), "the dialog fits its content");
        robot.interact(() -> dialog.getScene().getWindow().hide());
        assertEquals(true, window.document().isEmpty());
    }
}
