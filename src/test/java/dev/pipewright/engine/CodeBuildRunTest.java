package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.log;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CodeBuild buildspecs run by the engine with real processes, and actions that run only on AWS. */
class CodeBuildRunTest {

    static final String ALL_PHASES = """
            version: 0.2
            env:
              variables:
                GREETING: hello
              exported-variables:
                - VERSION
            phases:
              install:
                commands:
                  - mkdir -p out && echo install >> out/phases.txt
              pre_build:
                commands:
                  - echo pre_build >> out/phases.txt
                  - cd out
              build:
                commands:
                  - echo build >> phases.txt
                  - export VERSION="1.2.$(echo 3)"
                  - echo "$GREETING from $CODEBUILD_SRC_DIR" > app.txt
              post_build:
                commands:
                  - echo "post_build $CODEBUILD_BUILD_SUCCEEDING" >> phases.txt
            artifacts:
              base-directory: out
              files:
                - '**/*'
            """;

    @TempDir
    Path dir;

    @Test
    void allFourPhasesRunInOneSessionAndTheExportedVariableReachesALaterAction() throws Exception {
        Path source = Files.createDirectories(dir.resolve("app"));
        Files.writeString(source.resolve("buildspec.yml"), ALL_PHASES);
        var check = shell("Check", 1, """
                test "#{BuildVars.VERSION}" = "1.2.3"
                test "$(cat phases.txt | tr '\\n' ' ')" = "install pre_build build post_build 1 "
                grep -q '^hello from ' app.txt
                """).withInputArtifacts(List.of("BuildOutput"));
        var pipeline = Pipeline.of("codebuild", Stage.of("Source", source("app")),
                Stage.of("Build", codeBuild("Compile").withNamespace(Optional.of("BuildVars")).withInputArtifacts(List.of("Src"))
                        .withOutputArtifacts(List.of(OutputArtifact.named("BuildOutput")))),
                Stage.of("Verify", check));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary() + "\n" + log(execution, "Build", "Compile")
                    + log(execution, "Verify", "Check"));
            var compile = end.stages().get(1).actions().get(0);
            assertEquals("1.2.3", compile.outputVariables().get("VERSION"));
            String buildLog = log(execution, "Build", "Compile");
            assertTrue(buildLog.contains("Entering phase INSTALL"), buildLog);
            assertTrue(buildLog.contains("Phase complete: POST_BUILD State: SUCCEEDED"), buildLog);
        }
    }

    @Test
    void aFailedBuildStillRunsPostBuildAndFinallyButNotTheRestOfItsPhase() throws Exception {
        String buildspec = """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo before
                      - exit_code_seven() { return 7; }; exit_code_seven
                      - echo never-printed
                    finally:
                      - echo finally-ran
                  post_build:
                    commands:
                      - echo "post_build sees $CODEBUILD_BUILD_SUCCEEDING"
                """;
        var action = codeBuild("Compile").withSetting("buildspec", ConfigValue.text(buildspec));
        var pipeline = Pipeline.of("failing", Stage.of("Build", action));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var end = finish(execution);
            assertEquals(ExecutionStatus.FAILED, end.status());
            String log = log(execution, "Build", "Compile");
            assertTrue(log.contains("exit status 7"), log);
            assertFalse(log.contains("never-printed"), log);
            assertTrue(log.contains("finally-ran"), log);
            assertTrue(log.contains("post_build sees 0"), log);
        }
    }

    @Test
    void aFailedInstallEndsTheBuild() throws Exception {
        String buildspec = "version: 0.2\nphases:\n  install:\n    commands:\n      - 'false'\n"
                + "  build:\n    commands:\n      - echo build-ran\n  post_build:\n    commands:\n      - echo post-ran\n";
        var pipeline = Pipeline.of("install", Stage.of("Build",
                codeBuild("Compile").withSetting("buildspec", ConfigValue.text(buildspec))));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            assertEquals(ExecutionStatus.FAILED, finish(execution).status());
            String log = log(execution, "Build", "Compile");
            assertFalse(log.contains("build-ran"), log);
            assertFalse(log.contains("post-ran"), log);
        }
    }

    @Test
    void actionsThatRunOnlyOnAwsAreSkippedByDefaultAndSimulatedOnRequest() throws Exception {
        var deploy = Action.of("Deploy", ActionCategory.DEPLOY, "CodeDeploy")
                .withSetting("ApplicationName", ConfigValue.text("app"))
                .withInputArtifacts(List.of("Site"));
        var invoke = Action.of("Notify", ActionCategory.INVOKE, "Lambda").withRunOrder(2)
                .withOutputArtifacts(List.of(OutputArtifact.named("Answer")));
        var pipeline = Pipeline.of("aws", Stage.of("Build", shell("Make", 1, "echo hi > index.html")
                        .withOutputArtifacts(List.of(OutputArtifact.named("Site")))),
                Stage.of("Release", deploy, invoke));
        try (var engine = engine(dir.resolve("runs"))) {
            var skipped = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.SUCCEEDED, skipped.status(), skipped.summary());
            assertEquals(ActionStatus.SKIPPED, skipped.stages().get(1).actions().get(0).status());

            var execution = engine.start(request(pipeline, dir).withNonLocalActions(NonLocalActions.SIMULATE));
            var simulated = finish(execution);
            assertEquals(ActionStatus.SUCCEEDED, simulated.stages().get(1).actions().get(1).status());
            assertTrue(log(execution, "Release", "Notify").contains("simulated"));
            Path answer = execution.folder().artifactDir("Answer");
            assertTrue(Files.isDirectory(answer));
            try (var files = Files.list(answer)) {
                assertEquals(0, files.count());
            }
        }
    }

    /** Issue 13, item 1: a provider nobody here knows, of an action type owned elsewhere, is skipped or simulated. */
    @Test
    void anActionTypeOwnedElsewhereIsSkippedOrSimulatedLikeAnAwsOne() throws Exception {
        var jenkins = Action.of("Jenkins", ActionCategory.BUILD, "MyJenkinsBuilder").withOwner(java.util.Optional.of("Custom"))
                .withSetting("ProjectName", ConfigValue.text("proj"))
                .withOutputArtifacts(List.of(OutputArtifact.named("Built")));
        var after = shell("After", 2, "echo after").withInputArtifacts(List.of("Built"));
        var pipeline = Pipeline.of("elsewhere", Stage.of("Build", jenkins, after));
        try (var engine = engine(dir.resolve("runs"))) {
            var skipped = finish(engine.start(request(pipeline, dir)));
            assertEquals(ActionStatus.SKIPPED, skipped.stages().get(0).actions().get(0).status(), skipped.toString());

            var execution = engine.start(request(pipeline, dir).withNonLocalActions(NonLocalActions.SIMULATE));
            var simulated = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, simulated.status(), simulated.summary());
            assertTrue(log(execution, "Build", "Jenkins").contains("runs only where its Custom owner runs it"),
                    log(execution, "Build", "Jenkins"));
        }
    }

    private static Action source(String path) {
        return Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text(path))
                .withOutputArtifacts(List.of(OutputArtifact.named("Src")));
    }

    private static Action codeBuild(String name) {
        return Action.of(name, ActionCategory.BUILD, "CodeBuild")
                .withSetting("ProjectName", ConfigValue.text("demo"));
    }
}
