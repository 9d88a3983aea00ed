package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pipewright.interop.InteropFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
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
 * File → Import and File → Export in the window, cards of actions that run only on AWS, the
 * palette's AWS section, and a run that skips or simulates such actions. The file choosers cannot
 * be driven headless: the tests hand the path to the step after them.
 */
@ExtendWith(ApplicationExtension.class)
class InteropWindowTest {

    /** A CodePipeline declaration: a CodeCommit source and a CodeDeploy deploy (AWS only), a CodeBuild build. */
    private static final String DECLARATION = """
            { "pipeline": { "name": "shop", "version": 3,
                "roleArn": "arn:aws:iam::123456789012:role/shop-pipeline",
                "artifactStore": { "type": "S3", "location": "shop-artifacts" },
                "stages": [
                  { "name": "Source", "actions": [ { "name": "Checkout",
                      "actionTypeId": { "category": "Source", "owner": "AWS", "provider": "CodeCommit", "version": "1" },
                      "runOrder": 1, "configuration": { "RepositoryName": "shop", "BranchName": "main" },
                      "inputArtifacts": [], "outputArtifacts": [ { "name": "Code" } ] } ] },
                  { "name": "Build", "actions": [ { "name": "Compile",
                      "actionTypeId": { "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1" },
                      "runOrder": 1, "configuration": { "ProjectName": "shop-build" },
                      "inputArtifacts": [ { "name": "Code" } ], "outputArtifacts": [ { "name": "App" } ] } ] },
                  { "name": "Deploy", "actions": [ { "name": "Release",
                      "actionTypeId": { "category": "Deploy", "owner": "AWS", "provider": "CodeDeploy", "version": "1" },
                      "runOrder": 1, "configuration": { "ApplicationName": "shop", "DeploymentGroupName": "prod" },
                      "inputArtifacts": [ { "name": "App" } ], "outputArtifacts": [] } ] } ] } }
            """;

    @TempDir
    Path dir;

    private TestWindow test;
    private MainWindow window;
    private WindowDriver driver;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, Optional.of(dir.resolve("runs")));
        window = test.window();
        driver = new WindowDriver(window);
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        // dialogs first: a later test in this JVM must not find them
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide));
        test.close(robot);
    }

    // --- import ---

    @Test
    void anImportedDeclarationOpensAsANewPipelineWithAwsOnlyCardsMarkedAndTheReportShown(FxRobot robot)
            throws Exception {
        Path declaration = Files.writeString(dir.resolve("shop.json"), DECLARATION);
        boolean imported = onFx(() -> window.interop().importFile(declaration, InteropFormat.CODEPIPELINE));

        assertTrue(imported);
        assertEquals("shop", onFx(() -> window.document().orElseThrow().current().name()));
        assertEquals(Optional.empty(), onFx(() -> window.document().orElseThrow().file()), "not saved yet");
        assertEquals(Optional.of(declaration.toAbsolutePath()),
                onFx(() -> window.document().orElseThrow().importedFrom()), "Save suggests its folder");
        assertTrue(window.stage().getTitle().contains("shop (not saved yet)"), window.stage().getTitle());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Checkout", "Compile", "Release"), cardTitles(robot));

        assertTrue(driver.is(robot, "Release", "non-local"), "CodeDeploy runs only on AWS");
        assertTrue(driver.is(robot, "Checkout", "non-local"), "so does a CodeCommit source");
        assertFalse(driver.is(robot, "Compile", "non-local"), "CodeBuild runs here");
        assertFalse(driver.is(robot, "Release", "warning"), "the card's own mark says it, not a warning colour");
        Label note = robot.from(driver.card(robot, "Release").orElseThrow()).lookup(".card-non-local").query();
        assertTrue(note.isVisible());
        assertEquals("runs only on AWS", note.getText());
        assertTrue(robot.from(driver.card(robot, "Compile").orElseThrow()).lookup(".card-non-local").<Node>query()
                .isVisible() == false);

        DialogPane report = robot.lookup("#interop-report").query();
        assertTrue(report.getHeaderText().contains("shop.json"), report.getHeaderText());
        List<String> notes = robot.from(report).lookup(".report-note").queryAll().stream()
                .map(n -> (String) n.getUserData()).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("stage Deploy, action Release:") && n.contains("CodeDeploy")),
                notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("stage Build, action Compile:")), notes.toString());
        WindowSnapshot.save(window.stage(), Path.of("target", "interop-imported.png"));
        WindowSnapshot.save((Stage) report.getScene().getWindow(), Path.of("target", "interop-import-report.png"));
    }

    @Test
    void aBrokenFileShowsWhereItIsBrokenAndLeavesTheOpenPipelineAlone(FxRobot robot) throws Exception {
        Path kept = local("kept");
        robot.interact(() -> window.open(kept));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"pipeline\": {\n    \"name\": \"x\",,\n");

        Platform.runLater(() -> window.interop().importFile(broken, InteropFormat.CODEPIPELINE)); // the dialog waits
        DialogPane error = awaitDialog(robot, "#error-dialog");
        String details = robot.from(error).lookup("#error-details").<TextArea>query().getText();
        assertTrue(error.getHeaderText().contains("broken.json"), error.getHeaderText());
        assertTrue(details.startsWith("broken.json:3:"), "line and column: " + details);
        assertFalse(details.contains("Exception") || details.contains("\tat "), "no stack trace: " + details);
        closeDialog(robot, error);

        assertEquals("kept", onFx(() -> window.document().orElseThrow().current().name()));
        assertEquals(Optional.of(kept.toAbsolutePath()), onFx(() -> window.document().orElseThrow().file()));
        assertTrue(robot.lookup("#interop-report").tryQuery().isEmpty(), "no report for a failed import");
    }

    @Test
    void aYamlImportThatFailsSaysSoInADialog(FxRobot robot) throws Exception {
        // whether or not this build has the GitHub importer, a broken workflow ends in a message, never a crash
        Path kept = local("kept");
        robot.interact(() -> window.open(kept));
        Path workflow = Files.writeString(dir.resolve("ci.yml"), "on: [push]\njobs:\n  build: [\n");
        Platform.runLater(() -> window.interop().importFile(workflow, InteropFormat.GITHUB));
        DialogPane error = awaitDialog(robot, "#error-dialog");
        assertTrue(error.getHeaderText().contains("ci.yml"), error.getHeaderText());
        closeDialog(robot, error);
        assertEquals("kept", onFx(() -> window.document().orElseThrow().current().name()));
    }

    // --- export ---

    @Test
    void exportWritesTheDeclarationAndItsBuildspecsListsThemAndAsksBeforeReplacing(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(uncheckedLocal("webshop")));
        Path out = dir.resolve("out").resolve("webshop.codepipeline.json");
        assertTrue(onFx(() -> window.interop().exportTo(InteropFormat.CODEPIPELINE, out)));

        JsonNode declaration = new ObjectMapper().readTree(out.toFile());
        assertEquals("webshop", declaration.path("pipeline").path("name").asText());
        assertEquals(2, declaration.path("pipeline").path("stages").size());
        assertEquals(List.of(), dev.pipewright.interop.codepipeline.CodePipelineChecks.problems(Files.readString(out)),
                "the export passes CodePipeline's rules and API model");
        DialogPane report = robot.lookup("#interop-report").query();
        List<Path> written = robot.from(report).lookup(".report-file").queryAll().stream()
                .map(n -> (Path) n.getUserData()).toList();
        assertEquals(out, written.get(0), "the main file first");
        assertTrue(written.size() >= 2, "and the buildspec of the Shell action: " + written);
        for (Path file : written) {
            assertTrue(Files.exists(file), file + " exists");
            if (!file.equals(out)) {
                assertTrue(new YAMLMapper().readTree(file.toFile()).has("phases"), file + " is a buildspec");
            }
        }
        closeDialog(robot, report);

        // again to the same place: asked first, and Cancel leaves the files as they are
        Files.writeString(out, "mine");
        Platform.runLater(() -> window.interop().exportTo(InteropFormat.CODEPIPELINE, out));
        DialogPane ask = awaitDialog(robot, ".dialog-pane", p -> p.getHeaderText() != null
                && p.getHeaderText().contains("exist already"));
        robot.interact(() -> ((Button) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void aPipelineWithErrorsIsNotExported(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDocument(dev.pipewright.edit.Document.create("empty"))); // no stages: an error
        Path out = dir.resolve("empty.codepipeline.json");
        Platform.runLater(() -> window.interop().exportTo(InteropFormat.CODEPIPELINE, out));
        DialogPane error = awaitDialog(robot, "#error-dialog");
        assertTrue(error.getHeaderText().contains("Fix the errors"), error.getHeaderText());
        closeDialog(robot, error);
        assertFalse(Files.exists(out));
    }

    // --- the palette ---

    @Test
    void thePaletteFoldsAwayAwsOnlyProvidersAndASearchFindsThem(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(uncheckedLocal("p")));
        TitledPane aws = driver.in(robot, "#palette-aws-only").query();
        assertFalse(aws.isExpanded(), "folded at first");
        assertTrue(aws.getText().startsWith("Runs only on AWS (38)"), aws.getText());
        assertTrue(driver.in(robot, "#palette-Build-Shell").tryQuery().isPresent(), "local providers as they were");

        robot.interact(() -> driver.in(robot, "#palette-search").<javafx.scene.control.TextField>query().setText("codedeploy"));
        TitledPane found = driver.in(robot, "#palette-aws-only").query();
        assertTrue(found.isExpanded(), "a search opens it");
        assertTrue(robot.from(found).lookup("#palette-Deploy-CodeDeploy").tryQuery().isPresent());
        robot.interact(() -> driver.in(robot, "#palette-search").<javafx.scene.control.TextField>query().setText("deploy"));
        WindowSnapshot.save(window.stage(), Path.of("target", "interop-palette-search.png"));
        assertTrue(driver.in(robot, "#palette-Build-Shell").tryQuery().isEmpty());
    }

    // --- runs ---

    @Test
    void aRunThatSimulatesAwsOnlyActionsShowsThemSucceeded(FxRobot robot) throws Exception {
        runWithAwsOnly(robot, "simulated", "#non-local-simulate");
        driver.waitFor("the deploy to be simulated", () -> driver.is(robot, "Release", "succeeded"));
        assertTrue(driver.is(robot, "Compile", "succeeded"));
    }

    @Test
    void aRunThatSkipsAwsOnlyActionsShowsThemSkipped(FxRobot robot) throws Exception {
        runWithAwsOnly(robot, "skipped", "#non-local-skip");
        driver.waitFor("the deploy to be skipped", () -> driver.is(robot, "Release", "skipped"));
        WindowSnapshot.save(window.stage(), Path.of("target", "interop-run-skipped-canvas.png"));
        assertTrue(driver.is(robot, "Compile", "succeeded"));
        assertTrue(driver.is(robot, "Release", "non-local"), "still marked as AWS-only while skipped");
    }

    private void runWithAwsOnly(FxRobot robot, String name, String choice) throws Exception {
        Path file = Files.writeString(dir.resolve(name + ".pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "%s", "stages": [
                  { "name": "Build", "actions": [ { "name": "Compile",
                    "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "echo compiled" } } ] },
                  { "name": "Deploy", "actions": [ { "name": "Release",
                    "actionTypeId": { "category": "Deploy", "provider": "CodeDeploy" }, "runOrder": 1,
                    "configuration": { "ApplicationName": "shop", "DeploymentGroupName": "prod" } } ] } ] } }
                """.formatted(name));
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(driver.in(robot, "#cmd-run").<Node>query());
        DialogPane ask = awaitDialog(robot, "#variables-dialog");
        assertTrue(robot.from(ask).lookup("#non-local-choice").tryQuery().isPresent(), "asked what to do with them");
        robot.interact(() -> robot.from(ask).lookup(choice).<RadioButton>query().setSelected(true));
        WindowSnapshot.save((Stage) ask.getScene().getWindow(), Path.of("target", "interop-run-" + name + ".png"));
        Button run = (Button) robot.from(ask).lookup(".button").queryAll().stream()
                .filter(b -> b instanceof Button button && "Run".equals(button.getText())).findFirst().orElseThrow();
        robot.interact(run::fire);
    }

    // --- helpers ---

    private Path local(String name) throws Exception {
        return Files.writeString(dir.resolve(name + ".pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "%s", "stages": [
                  { "name": "Source", "actions": [ { "name": "Checkout",
                    "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                    "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Code" } ] } ] },
                  { "name": "Build", "actions": [ { "name": "Compile",
                    "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "make" }, "inputArtifacts": [ { "name": "Code" } ] } ] } ] } }
                """.formatted(name));
    }

    private Path uncheckedLocal(String name) {
        try {
            return local(name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> cardTitles(FxRobot robot) {
        return driver.in(robot, ".card-title").queryAll().stream().map(n -> ((Label) n).getText()).sorted().toList();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static DialogPane awaitDialog(FxRobot robot, String query) throws Exception {
        return awaitDialog(robot, query, p -> true);
    }

    private static DialogPane awaitDialog(FxRobot robot, String query,
                                          java.util.function.Predicate<DialogPane> which) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).queryAll().stream()
                .anyMatch(n -> n instanceof DialogPane p && which.test(p)));
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof DialogPane p && which.test(p))
                .map(DialogPane.class::cast).findFirst().orElseThrow();
    }

    private static void closeDialog(FxRobot robot, DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
