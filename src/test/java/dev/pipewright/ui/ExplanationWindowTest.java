package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ActionRef;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A provider's long explanation does not push its settings out of view: one sentence, the rest on "More". */
@ExtendWith(ApplicationExtension.class)
class ExplanationWindowTest {

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
    void theShellExplanationShowsItsFirstSentenceAndMoreShowsAll(FxRobot robot) throws Exception {
        new WindowDriver(window).open(robot, Files.writeString(dir.resolve("x.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "x", "stages": [ { "name": "Build", "actions": [
                  { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "make" } } ] } ] } }"""));
        robot.interact(() -> window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Make")))));
        WaitForAsyncUtils.waitForFxEvents();
        String whole = dev.pipewright.actions.Providers.builtIn().find(ActionCategory.BUILD, "Shell").orElseThrow().explanation();

        Label shown = robot.lookup("#inspector-explanation").query();
        assertEquals(Explanation.firstSentence(whole), shown.getText());
        assertTrue(shown.getText().length() < whole.length() / 2, "the settings come sooner: " + shown.getText());

        robot.interact(() -> robot.lookup("#inspector-explanation-more").<Hyperlink>query().fire());
        assertEquals(whole, shown.getText());
    }
}
