package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.layout.Box;
import dev.pipewright.ui.tour.GuidedTour;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guided tour over the real window: it points at real controls, moves on when the person acts, and ends. */
@ExtendWith(ApplicationExtension.class)
class TourWindowTest {

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
        test.close(robot);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private String counter(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".tour-counter").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).findFirst().orElse(""));
    }

    private boolean glows(FxRobot robot, String selector) throws Exception {
        return onFx(() -> driver.in(robot, selector).queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().contains(GuidedTour.TARGET)));
    }

    @Test
    void theTourWalksThroughTheRealWindowAndEnds(FxRobot robot) throws Exception {
        assertFalse(onFx(() -> window.tour().isShowing()), "tests start without the tour");
        robot.interact(() -> window.command(AppCommand.TOUR));
        driver.waitFor("the tour's first step", () -> window.tour().isShowing());
        assertEquals("Step 1 of 7", counter(robot));
        assertTrue(onFx(() -> window.document().isEmpty()), "the welcome view, with its samples, stays at first");
        assertTrue(glows(robot, "#palette"), "step 1 points at the palette");

        robot.clickOn("#tour-next");
        assertEquals("Step 2 of 7", counter(robot));
        assertTrue(onFx(() -> window.document().isPresent()), "the tour opens a pipeline to try things on");
        assertTrue(glows(robot, "#palette-Stage"), "step 2 points at the Stage item");

        // doing what the step asks moves the tour on: drag a stage onto the canvas
        dropStage(robot);
        driver.waitFor("the stage step to be done", () -> window.tour().stepProperty().get() == 2);
        assertEquals("Step 3 of 7", counter(robot));
        assertTrue(glows(robot, "#palette-Build-Shell"), "step 3 points at an action of the palette");
        WindowSnapshot.saveWithPopups(window.stage(), java.nio.file.Path.of("target", "learn-tour.png"));

        robot.clickOn("#tour-back");
        assertEquals("Step 2 of 7", counter(robot));
        robot.clickOn("#tour-next");
        robot.clickOn("#tour-next");
        assertEquals("Step 4 of 7", counter(robot));

        // a tour left half-way resumes where it was
        robot.interact(() -> window.tour().start());
        assertEquals("Step 4 of 7", counter(robot));

        for (String step : List.of("Step 5 of 7", "Step 6 of 7")) {
            robot.clickOn("#tour-next");
            assertEquals(step, counter(robot));
        }
        assertTrue(glows(robot, "#cmd-run"), "step 6 points at Run");
        robot.clickOn("#tour-next");
        assertEquals("Step 7 of 7", counter(robot));
        assertEquals("Finish", onFx(() -> robot.lookup("#tour-next").<javafx.scene.control.Button>query().getText()));
        robot.clickOn("#tour-next");
        driver.waitFor("the tour to end", () -> !window.tour().isShowing());
        assertTrue(robot.lookup("#tour").queryAll().stream().noneMatch(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()), "the callout has gone");
        assertFalse(glows(robot, ".card") || glows(robot, "#palette") || glows(robot, "#cmd-run"), "nothing glows");

        // once finished, Help → Guided Tour starts again from the first step
        robot.interact(() -> window.command(AppCommand.TOUR));
        assertEquals("Step 1 of 7", counter(robot));
        robot.clickOn("#tour-skip");
        driver.waitFor("the skipped tour to end", () -> !window.tour().isShowing());
    }

    @Test
    void aFirstStartOpensTheTourOverTheWelcomeViewAndASkippedTourStaysClosed(FxRobot robot) throws Exception {
        test.prefs().putBoolean(UserSettings.TOUR_ON_START, true); // as on a first start
        robot.interact(window::show);
        driver.waitFor("the tour to open by itself", () -> window.tour().isShowing());
        assertEquals("Step 1 of 7", counter(robot));
        assertTrue(driver.in(robot, "#welcome").tryQuery().isPresent(), "the welcome view and its samples stay");
        robot.clickOn("#tour-skip");
        driver.waitFor("the tour to close", () -> !window.tour().isShowing());
        assertFalse(test.prefs().getBoolean(UserSettings.TOUR_ON_START, true), "skipped is remembered");
        robot.interact(window::show); // the next start
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> window.tour().isShowing()), "a skipped tour does not come back by itself");
    }

    /** Drags the palette's Stage item onto the empty canvas, right of the stages there are. */
    private void dropStage(FxRobot robot) throws Exception {
        Box canvasBox = onFx(() -> {
            var layout = window.canvas().getLayout();
            return layout.stages().isEmpty() ? new Box(0, 0, 0, 0) : layout.stages().get(layout.stages().size() - 1).box();
        });
        var at = onFx(() -> window.canvas().layoutToScreen(canvasBox.x() + canvasBox.width() + 60, canvasBox.y() + 60));
        WaitForAsyncUtils.autoCheckException = false; // Monocle's drag and drop ends in its own NullPointerException
        try {
            Node item = robot.lookup("#palette-Stage").query();
            robot.drag(item, MouseButton.PRIMARY).moveTo(at.add(-4, 0)).moveTo(at).drop();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
    }
}
