package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export Lesson: a simulated run with a failure becomes one HTML page that a browser engine renders offline. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;
    private Stage browser;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, Optional.of(dir.resolve("runs")));
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        if (browser != null) {
            robot.interact(browser::close);
        }
        test.close(robot);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void theLessonOfASimulatedFailureRendersInAWebViewWithoutANetwork(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("taught.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "taught", "stages": [
                  { "name": "Build", "actions": [ { "name": "Compile",
                    "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "true" } } ] },
                  { "name": "Deploy", "actions": [ { "name": "Publish",
                    "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "true" } } ] } ] } }""");
        driver.open(robot, file);
        Path lesson = dir.resolve("out").resolve("taught-lesson.html");
        assertFalse(onFx(() -> window.exportLesson(lesson)), "no execution yet: nothing to teach");
        assertFalse(Files.exists(lesson));

        robot.interact(() -> {
            window.state().failInSimulationProperty().set(java.util.Set.of(new dev.pipewright.model.ActionRef("Build",
                    "Compile")));
            window.state().simulationSpeedProperty().set(20);
            window.command(AppCommand.SIMULATE);
        });
        driver.waitFor("the simulation to fail", () -> window.state().executionProperty().get()
                .map(r -> r.status() == ExecutionStatus.FAILED).orElse(false));
        assertTrue(onFx(() -> window.exportLesson(lesson)), onFx(window::statusText));
        String html = Files.readString(lesson);
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("url(http"),
                "nothing is fetched from a network");

        var state = new AtomicReference<Worker.State>();
        var view = new AtomicReference<WebView>();
        robot.interact(() -> {
            var web = new WebView();
            view.set(web);
            web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> state.set(now));
            browser = new Stage();
            browser.setScene(new Scene(web, 1000, 800));
            browser.show();
            web.getEngine().load(lesson.toUri().toString());
        });
        driver.waitFor("the lesson to load", () -> state.get() == Worker.State.SUCCEEDED
                || state.get() == Worker.State.FAILED);
        assertEquals(Worker.State.SUCCEEDED, state.get(), "the page loads");
        assertEquals("Lesson: taught", onFx(() -> view.get().getEngine().executeScript("document.title")));
        assertTrue(onFx(() -> (Boolean) view.get().getEngine().executeScript(
                "document.querySelector('svg') !== null && document.body.textContent.indexOf('Compile') >= 0")),
                "the diagram and the actions are on the page");
        assertTrue(onFx(() -> (Boolean) view.get().getEngine().executeScript(
                "document.body.textContent.indexOf('simulat') >= 0")), "the page says the run was simulated");
        WindowSnapshot.save(browser, Path.of("target", "learn-lesson.png"));
    }
}
