package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.git.CloneCache;
import dev.pipewright.git.GitRepos;
import dev.pipewright.ui.run.WatchLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Watch for Changes in the window: a commit on a real repository starts a run shown live, with its commit. */
@ExtendWith(ApplicationExtension.class)
class WatchWindowTest {

    private static final String NAME = "watched";

    @TempDir
    Path dir;

    private MainWindow window;
    private WindowDriver driver;
    private Preferences prefs;
    private GitRepos repo;
    private RevCommit first;

    @Start
    void start(Stage stage) throws Exception {
        WindowSnapshot.hideOthers(stage);
        prefs = Preferences.userRoot().node("dev/pipewright/test-watch-" + System.nanoTime());
        prefs.putBoolean(UserSettings.ASK_BEFORE_FIRST_RUN, false); // runs files it wrote itself (TrustPromptTest asks)
        prefs.putBoolean(UserSettings.TOUR_ON_START, false); // no guided tour over the window (TourWindowTest)
        Theme.apply(false);
        window = new MainWindow(stage, new UserSettings(prefs), dir.resolve("runs"),
                new CloneCache(dir.resolve("git-cache")));
        stage.setWidth(1400);
        stage.setHeight(900);
        window.show();
        driver = new WindowDriver(window, () -> window.statusText() + " | watch log: "
                + ((WatchLog) window.stage().getScene().lookup("#watch-log")).texts());
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        prefs.removeNode();
        if (repo != null) {
            repo.close();
        }
    }

    /** Source (Git, main) then Build printing the file it got; a trigger on main that ignores docs/. */
    private Path pipeline() throws Exception {
        return pipeline("", "echo built #{SourceVariables.CommitId}; cat src/app.txt");
    }

    private Path pipeline(String variables, String buildCommands) throws Exception {
        repo = GitRepos.create(dir.resolve("app"));
        first = repo.commit("src/app.txt", "first", "Start");
        return Files.writeString(dir.resolve(NAME + ".pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "%s", %s
                  "stages": [
                    { "name": "Source", "actions": [
                      { "name": "Checkout", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                        "configuration": { "url": "app", "branch": "main" },
                        "outputArtifacts": [ { "name": "Code" } ], "namespace": "SourceVariables" } ] },
                    { "name": "Build", "actions": [
                      { "name": "Compile", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                        "configuration": { "commands": %s },
                        "inputArtifacts": [ { "name": "Code" } ] } ] } ],
                  "triggers": [ { "gitConfiguration": { "sourceActionName": "Checkout", "push": [
                    { "branches": { "includes": [ "main" ] }, "filePaths": { "excludes": [ "docs/**" ] } } ] } } ]
                } }""".formatted(NAME, variables,
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(buildCommands).toString()));
    }

    private String detail(FxRobot robot, String action) {
        Node card = driver.card(robot, action).orElseThrow();
        Label detail = robot.from(card).lookup(".card-detail").query();
        return detail.isVisible() ? detail.getText() : "";
    }

    private List<String> watchLog(FxRobot robot) throws Exception {
        WatchLog log = driver.in(robot, "#watch-log").query();
        return WaitForAsyncUtils.asyncFx(log::texts).get();
    }

    private boolean logHas(FxRobot robot, String text) throws Exception {
        return watchLog(robot).stream().anyMatch(l -> l.contains(text));
    }

    private ToggleButton watchButton(FxRobot robot) {
        return driver.in(robot, "#cmd-watch").query();
    }

    private javafx.scene.control.MenuItem menuItem(FxRobot robot, AppCommand command) {
        MenuBar bar = driver.in(robot, ".menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ("menu-" + command.id()).equals(i.getId())).findFirst().orElseThrow();
    }

    private CheckMenuItem watchMenuItem(FxRobot robot) {
        return (CheckMenuItem) menuItem(robot, AppCommand.WATCH);
    }

    private List<ExecutionRecord> executions() {
        return new ExecutionStore(dir.resolve("runs")).history(Optional.of(NAME));
    }

    /** Whether the watch's own thread is still there (it looks at the repository). */
    private static boolean watchThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("pipewright-watch-" + NAME) && t.isAlive());
    }

    private static String cell(TableView<ExecutionRecord> table, String column, int row) {
        @SuppressWarnings("unchecked")
        var col = (TableColumn<ExecutionRecord, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals(column)).findFirst().orElseThrow();
        return col.getCellObservableValue(row).getValue();
    }

    private boolean logHasQuietly(FxRobot robot, String text) {
        try {
            return logHas(robot, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommitStartsARunShownLiveWithItsCommitAndAnExcludedPathStartsNothing(FxRobot robot) throws Exception {
        driver.open(robot, pipeline());
        robot.clickOn(watchButton(robot));
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));
        assertTrue(watchButton(robot).isSelected(), "the toolbar shows the watch is on");
        assertTrue(watchMenuItem(robot).isSelected(), "the Run menu shows the watch is on");

        RevCommit commit = repo.commit("src/app.txt", "second", "Change the app");
        String shortId = commit.getName().substring(0, 7);
        driver.waitFor("the triggered run to start in the window", () -> driver.is(robot, "Checkout", "running")
                || driver.is(robot, "Checkout", "succeeded"));
        driver.waitFor("the triggered run to succeed", () -> driver.is(robot, "Compile", "succeeded"));
        assertTrue(driver.is(robot, "Checkout", "succeeded"));
        assertEquals(shortId + " Change the app", detail(robot, "Checkout"), "the Source card shows its commit");
        assertEquals("", detail(robot, "Compile"), "other cards show no commit");
        assertTrue(logHas(robot, "started execution"), watchLog(robot).toString());
        Node sourceCard = driver.card(robot, "Checkout").orElseThrow();
        String tip = WaitForAsyncUtils.asyncFx(() -> {
            // the tooltip installed on the card says it in full
            var t = (javafx.scene.control.Tooltip) sourceCard.getProperties().get("javafx.scene.control.Tooltip");
            return t == null ? "(no tooltip)" : t.getText();
        }).get();
        assertTrue(tip.contains(commit.getName()) && tip.contains("Ada Lovelace") && tip.contains("on branch main"),
                tip);

        robot.interact(() -> window.showTab("history-tab"));
        TableView<ExecutionRecord> history = driver.in(robot, "#history").query();
        driver.waitFor("the history to list the run", () -> history.getItems().size() == 1);
        assertEquals("GitChange", WaitForAsyncUtils.asyncFx(() -> cell(history, "Trigger", 0)).get());
        assertEquals(shortId + " Change the app (main)", WaitForAsyncUtils.asyncFx(() -> cell(history, "Commit", 0)).get());

        WindowSnapshot.save(window.stage(), Path.of("target", "watch-history.png"));

        RevCommit notes = repo.commit("docs/notes.md", "notes", "Only notes");
        driver.waitFor("the watch to ignore the docs commit", () -> logHasQuietly(robot,
                "ignored commit " + notes.getName().substring(0, 7)));
        assertEquals(1, executions().size(), "a commit only under docs/ starts nothing");
        assertTrue(driver.is(robot, "Compile", "succeeded"), "the window still shows the run it had");
        robot.interact(() -> window.showTab("watch-tab"));
        WindowSnapshot.save(window.stage(), Path.of("target", "watch-triggered-run.png"));
    }

    @Test
    void turningTheWatchOffStopsIt(FxRobot robot) throws Exception {
        driver.open(robot, pipeline());
        robot.clickOn(watchButton(robot));
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));
        robot.clickOn(watchButton(robot));
        assertFalse(watchButton(robot).isSelected());
        assertFalse(watchMenuItem(robot).isSelected());
        assertTrue(logHas(robot, "stopped watching"));
        driver.waitFor("the watch's thread to end", () -> !watchThreadAlive());

        repo.commit("src/app.txt", "second", "Change the app");
        Thread.sleep(3000); // three times as long as the watch takes to see a local commit
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, executions().size(), "nothing started after the watch was turned off");
        assertFalse(logHas(robot, "started execution"));
    }

    @Test
    void anUnsavedPipelineIsNotWatchedAndTheToggleStaysOff(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem(robot, AppCommand.NEW).fire());
        robot.clickOn(watchButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(watchButton(robot).isSelected(), "the toggle shows the watch did not start");
        assertFalse(watchMenuItem(robot).isSelected());
        assertTrue(window.statusText().contains("Save the pipeline first"), window.statusText());
    }

    @Test
    void closingThePipelineStopsTheWatch(FxRobot robot) throws Exception {
        driver.open(robot, pipeline());
        robot.clickOn(watchButton(robot));
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));
        assertTrue(watchThreadAlive());
        robot.interact(() -> menuItem(robot, AppCommand.CLOSE).fire());
        assertFalse(watchButton(robot).isSelected());
        driver.waitFor("the watch's thread to end", () -> !watchThreadAlive());
    }

    @Test
    void aRunBeingFollowedStaysShownWhenTheWatchStartsAnother(FxRobot robot) throws Exception {
        Path go = dir.resolve("go");
        driver.open(robot, pipeline("", "while [ ! -e '" + go + "' ]; do sleep 0.05; done; cat src/app.txt"));
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        driver.waitFor("the manual run to build", () -> driver.is(robot, "Compile", "running"));
        String manual = executions().get(0).executionId();
        robot.clickOn(watchButton(robot));
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));

        repo.commit("src/app.txt", "second", "Change the app");
        driver.waitFor("the window to say a new execution started", () -> window.statusText().contains("A new execution"));
        assertTrue(window.statusText().contains("still showing " + manual), window.statusText());
        assertTrue(driver.is(robot, "Compile", "running"), "the run being followed stays on the canvas");
        assertEquals(first.getName().substring(0, 7) + " Start", detail(robot, "Checkout"),
                "the Source card shows the commit of the run shown, not the new one");
        assertEquals(2, executions().size());

        Files.createFile(go);
        driver.waitFor("both runs to end", () -> executions().stream().allMatch(r -> r.status().isFinal()));
        assertTrue(driver.is(robot, "Compile", "succeeded"));
        robot.interact(() -> window.showTab("history-tab"));
        TableView<ExecutionRecord> history = driver.in(robot, "#history").query();
        driver.waitFor("the history to list both", () -> history.getItems().size() == 2);
        assertEquals("GitChange", WaitForAsyncUtils.asyncFx(() -> cell(history, "Trigger", 0)).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> cell(history, "Trigger", 1)).get().startsWith("Manual: started by"));
    }

    @Test
    void variablesWithoutDefaultsAreAskedForOnceWhenTheWatchIsTurnedOn(FxRobot robot) throws Exception {
        driver.open(robot, pipeline("\"variables\": [ { \"name\": \"Greeting\" } ],",
                "echo \"#{variables.Greeting}\" > greeting.txt; cat greeting.txt"));
        javafx.application.Platform.runLater(() -> menuItem(robot, AppCommand.WATCH).fire()); // the dialog waits
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#variables-dialog").tryQuery().isPresent());
        javafx.scene.control.TextField field = robot.lookup("#variable-Greeting").query();
        robot.interact(() -> field.setText("hello"));
        javafx.scene.control.Button watch = (javafx.scene.control.Button) robot.lookup("#variables-dialog .button")
                .queryAll().stream().filter(b -> b instanceof javafx.scene.control.Button button
                        && "Watch".equals(button.getText())).findFirst().orElseThrow();
        robot.interact(watch::fire);
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));
        assertTrue(watchButton(robot).isSelected());

        repo.commit("src/app.txt", "second", "Change the app");
        driver.waitFor("the triggered run to succeed", () -> driver.is(robot, "Compile", "succeeded"));
        assertEquals("hello", executions().get(0).variables().get("Greeting"), "the run got the value given once");
    }

    @Test
    void aSavedChangeIsWatchedAsSaved(FxRobot robot) throws Exception {
        Path file = pipeline();
        driver.open(robot, file);
        robot.clickOn(watchButton(robot));
        driver.waitFor("the watch to look at the repository", () -> logHasQuietly(robot, "watching Checkout"));

        // saved elsewhere (an editor, git pull): the window reloads it, and the watch follows the file
        Path marker = dir.resolve("second-version.txt");
        String v2 = Files.readString(file).replace("cat src/app.txt", "cat src/app.txt > '" + marker + "'");
        Files.writeString(file, v2);
        driver.waitFor("the watch to restart on the saved version", () -> watchLogQuietly(robot).stream()
                .filter(l -> l.contains("watching Checkout")).count() == 2);
        assertTrue(watchButton(robot).isSelected());

        repo.commit("src/app.txt", "second", "Change the app");
        driver.waitFor("the triggered run to succeed", () -> driver.is(robot, "Compile", "succeeded"));
        assertEquals("second", Files.readString(marker).strip(), "the run was of the saved version");
    }

    private List<String> watchLogQuietly(FxRobot robot) {
        try {
            return watchLog(robot);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
