package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help, Quit, a confirmed Abandon, run commands told apart, captions whole, a large pipeline fitted. */
@ExtendWith(ApplicationExtension.class)
class HelpAndRunCommandsTest {

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Platform.setImplicitExit(false); // Quit closes the window; the toolkit must outlive it
        test = TestWindow.open(stage, Optional.of(dir.resolve("runs")));
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        test.close(robot);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static String shell(String name, int runOrder, String commands) {
        return """
                { "name": "%s", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": %d,
                  "configuration": { "commands": %s } }""".formatted(name, runOrder,
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(commands).toString());
    }

    private Path pipeline(String name, String stagesJson) throws Exception {
        return Files.writeString(dir.resolve(name + ".pipeline.json"),
                "{ \"schemaVersion\": 1, \"pipeline\": { \"name\": \"" + name + "\", \"stages\": [" + stagesJson + "] } }");
    }

    /** What a label shows on screen (its skin's text), which is cut with … when it does not fit. */
    private static String displayed(Labeled label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }

    @Test
    void theHelpMenuListsEveryShortcutAndSaysWhatThisIs(FxRobot robot) throws Exception {
        MenuBar bar = driver.in(robot, ".menu-bar").query();
        var help = bar.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow();
        assertEquals(List.of("Concepts", "Guided Tour", "Keyboard Shortcuts", "About Pipewright"), help.getItems().stream().map(i -> i.getText()).toList());
        assertEquals("Help", bar.getMenus().get(bar.getMenus().size() - 1).getText(), "Help comes last");

        robot.interact(() -> window.command(AppCommand.SHORTCUTS));
        driver.waitFor("the shortcut list", () -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        Set<String> shown = robot.from(robot.lookup("#shortcuts-dialog").<Node>query()).lookup(".label").queryAll()
                .stream().map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        for (AppCommand c : AppCommand.values()) {
            if (c.accelerator() != null) {
                assertTrue(shown.contains(c.text()), c.text() + " is listed");
                assertTrue(shown.contains(c.accelerator().getDisplayText()), c.accelerator().getDisplayText() + " is listed");
            }
        }
        robot.interact(() -> robot.lookup("#shortcuts-dialog").<javafx.scene.control.DialogPane>query().getScene()
                .getWindow().hide());

        robot.interact(() -> window.command(AppCommand.ABOUT));
        driver.waitFor("the about box", () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        var about = robot.lookup("#about-dialog").<javafx.scene.control.DialogPane>query();
        assertTrue(about.getHeaderText().startsWith("Pipewright"), about.getHeaderText());
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    @Test
    void quitClosesTheWindowAfterAskingAboutUnsavedEdits(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("quitting", "{ \"name\": \"Build\", \"actions\": [ " + shell("Make", 1, "true") + " ] }"));
        robot.interact(() -> window.document().orElseThrow().history().apply("Rename", p -> p.withName("edited")));
        robot.interact(() -> Platform.runLater(() -> window.command(AppCommand.QUIT)));
        driver.waitFor("the save question", () -> robot.lookup("#save-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(stage::isShowing), "cancelled: the window stays");

        robot.interact(() -> window.document().orElseThrow().history().undo());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.Q, javafx.scene.input.KeyCode.CONTROL);
        driver.waitFor("the window to close", () -> !stage.isShowing());
    }

    @Test
    void stopAndAbandonAsksBeforeKillingAndTheRunCommandsAreToldApart(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("long", "{ \"name\": \"Build\", \"actions\": [ " + shell("Sleep", 1, "sleep 300") + " ] }"));
        robot.interact(() -> window.command(AppCommand.RUN));
        driver.waitFor("the action to run", () -> driver.is(robot, "Sleep", "running"));

        robot.interact(() -> Platform.runLater(() -> window.command(AppCommand.ABANDON)));
        driver.waitFor("the question", () -> robot.lookup("Stop and Abandon").tryQuery().filter(Button.class::isInstance).isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertTrue(onFx(() -> driver.is(robot, "Sleep", "running")), "cancelled: nothing was stopped");

        robot.interact(() -> Platform.runLater(() -> window.command(AppCommand.ABANDON)));
        driver.waitFor("the question again", () -> robot.lookup("Stop and Abandon").tryQuery().filter(Button.class::isInstance).isPresent());
        robot.clickOn(robot.lookup("Stop and Abandon").<Node>queryAll().stream().filter(Button.class::isInstance)
                .findFirst().orElseThrow());
        driver.waitFor("the action to be stopped", () -> driver.is(robot, "Sleep", "stopped"));

        // retry, retry-the-stage and re-run: three different icons, and words on the toolbar
        var icons = List.of(AppCommand.RETRY_FAILED, AppCommand.RETRY_ALL, AppCommand.RERUN).stream()
                .map(AppCommand::icon).distinct().count();
        assertEquals(3, icons);
        ButtonBase retry = driver.in(robot, "#" + AppCommand.RETRY_FAILED.id()).query();
        ButtonBase rerun = driver.in(robot, "#" + AppCommand.RERUN.id()).query();
        assertFalse(retry.getText() == null || retry.getText().isBlank());
        assertFalse(rerun.getText() == null || rerun.getText().isBlank());
        assertNotEquals(retry.getText(), rerun.getText());
        assertNotEquals(((FontIcon) retry.getGraphic()).getIconLiteral(), ((FontIcon) rerun.getGraphic()).getIconLiteral());
        assertEquals(retry.getText(), displayed(retry), "the toolbar word is whole");
        assertEquals(rerun.getText(), displayed(rerun), "the toolbar word is whole");
    }

    @Test
    void captionsAreWholeAndCountedRight(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("gate", """
                { "name": "Release", "actions": [
                  { "name": "SignOff", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1 } ] }"""));
        robot.interact(() -> window.document().orElseThrow().history().apply("Rename", p -> p.withName("gated")));
        assertTrue(onFx(window::statusText).startsWith("1 stage, 1 action ·"), onFx(window::statusText));
        robot.interact(() -> window.document().orElseThrow().history().undo());

        robot.interact(() -> window.command(AppCommand.RUN));
        driver.waitFor("the gate to wait", () -> driver.is(robot, "SignOff", "waiting"));
        Node card = driver.card(robot, "SignOff").orElseThrow();
        Label detail = robot.from(card).lookup(".card-detail").query();
        driver.waitFor("the detail line to be drawn", () -> !displayed(detail).isEmpty());
        assertEquals(detail.getText(), onFx(() -> displayed(detail)), "the waiting gate's line is not cut");
    }

    @Test
    void aPipelineLargerThanTheViewOpensFitted(FxRobot robot) throws Exception {
        var stages = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            stages.append(i > 1 ? "," : "").append("{ \"name\": \"Stage").append(i).append("\", \"actions\": [ ")
                    .append(shell("A" + i, 1, "true")).append(", ").append(shell("B" + i, 2, "true")).append(" ] }");
        }
        driver.open(robot, pipeline("wide", stages.toString()));
        new WindowDriver(window, () -> "zoom " + window.canvas().zoomProperty().get() + ", view "
                + window.canvas().localToScreen(window.canvas().getBoundsInLocal()) + ", layout "
                + window.canvas().getLayout().width() + "x" + window.canvas().getLayout().height() + ", corners "
                + window.canvas().layoutToScreen(0, 0) + " "
                + window.canvas().layoutToScreen(window.canvas().getLayout().width(), window.canvas().getLayout().height()))
                .waitFor("the whole pipeline in view", () -> {
            var layout = window.canvas().getLayout();
            var view = window.canvas().localToScreen(window.canvas().getBoundsInLocal());
            var topLeft = window.canvas().layoutToScreen(0, 0);
            var bottomRight = window.canvas().layoutToScreen(layout.width(), layout.height());
            return view.contains(topLeft) && view.contains(bottomRight);
        });
        assertTrue(onFx(() -> window.canvas().zoomProperty().get()) < 1, "it was zoomed out to fit");
    }
}
