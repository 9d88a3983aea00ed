package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.consuming;
import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.log;
import static dev.pipewright.engine.TestPipelines.producing;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real pipelines with real processes: order, parallelism, artifacts, variables. */
class EngineRunTest {

    @TempDir
    Path dir;

    /** Each waits (up to 10 s) to see the other start: only possible when they really overlap. */
    @Test
    void actionsWithTheSameRunOrderOverlap() throws Exception {
        Path marks = Files.createDirectory(dir.resolve("marks"));
        String wait = "touch '%s/%s'; i=0; while [ ! -e '%s/%s' ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; "
                + "test -e '%s/%s'";
        var pipeline = Pipeline.of("parallel", Stage.of("Test",
                shell("A", 1, wait.formatted(marks, "a", marks, "b", marks, "b")),
                shell("B", 1, wait.formatted(marks, "b", marks, "a", marks, "a"))));
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
        }
    }

    @Test
    void laterRunOrdersStartOnlyAfterEarlierOnesEnd() throws Exception {
        Path marks = Files.createDirectory(dir.resolve("marks"));
        var pipeline = Pipeline.of("sequential", Stage.of("Build",
                shell("First", 1, "touch '%s/first-start'; sleep 0.3; test ! -e '%s/second-start'; touch '%s/first-end'"
                        .formatted(marks, marks, marks)),
                shell("Second", 2, "test -e '%s/first-end'; touch '%s/second-start'".formatted(marks, marks))),
                Stage.of("Deploy", shell("Third", 1, "test -e '%s/second-start'".formatted(marks))));
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertEquals(List.of(StageStatus.SUCCEEDED, StageStatus.SUCCEEDED),
                    end.stages().stream().map(StageRecord::status).toList());
        }
    }

    @Test
    void artifactsReachTheActionsThatConsumeThem() throws Exception {
        var pipeline = Pipeline.of("artifacts",
                Stage.of("Build", producing(shell("Compile", 1, "mkdir -p out && echo 'built bytes' > out/app.txt"), "App")),
                Stage.of("Deploy", consuming(shell("Ship", 1, "cat out/app.txt"), "App")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertTrue(log(execution, "Deploy", "Ship").contains("built bytes"));
            assertTrue(Files.isRegularFile(execution.folder().artifactDir("App").resolve("out/app.txt")));
        }
    }

    @Test
    void variablesResolveIncludingActionOutputs() throws Exception {
        var producer = shell("Version", 1, "echo \"Version=1.2.$((40+2))\" >> \"$PIPEWRIGHT_OUTPUT\"")
                .withNamespace(java.util.Optional.of("BuildVars"));
        var consumer = shell("Print", 2,
                "echo 'version #{BuildVars.Version} for #{variables.Target} in #{codepipeline.PipelineExecutionId}'");
        var pipeline = Pipeline.of("vars", Stage.of("Build", producer, consumer))
                .withVariables(List.of(PipelineVariable.of("Target", "staging")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir).withVariables(Map.of("Target", "production")));
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertTrue(log(execution, "Build", "Print").contains(
                    "version 1.2.42 for production in " + execution.id()), log(execution, "Build", "Print"));
            assertEquals("1.2.42", end.action("Build", "Version").orElseThrow().outputVariables().get("Version"));
            assertEquals("production", end.variables().get("Target"));
        }
    }

    @Test
    void aFailingActionFailsItsStageAndLaterStagesNeverStart() throws Exception {
        var pipeline = Pipeline.of("failing",
                Stage.of("Build", shell("Broken", 1, "echo about to fail; exit 3")),
                Stage.of("Deploy", shell("Never", 1, "echo should not run")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var end = finish(execution);
            assertEquals(ExecutionStatus.FAILED, end.status());
            assertTrue(end.summary().contains("Build/Broken"), end.summary());
            assertEquals(StageStatus.PENDING, end.stage("Deploy").orElseThrow().status());
            assertEquals(ActionStatus.PENDING, end.action("Deploy", "Never").orElseThrow().status());
            assertFalse(Files.exists(execution.folder().logFile("Deploy", "Never")));
        }
    }

    @Test
    void aPipelineWithErrorsIsRefusedBeforeAnythingRuns() {
        var pipeline = Pipeline.of("bad", Stage.of("Build", shell("Uses", 1, "echo #{Nowhere.Value}")));
        try (var engine = engine(dir.resolve("runs"))) {
            var refused = assertThrows(StartRefusedException.class, () -> engine.start(request(pipeline, dir)));
            assertTrue(refused.getMessage().contains("Nowhere"), refused.getMessage());
        }
    }

    @Test
    void aVariableWithoutValueIsRefusedWithWhatToDo() {
        var pipeline = Pipeline.of("novalue", Stage.of("Build", shell("Echo", 1, "echo #{variables.Needed}")))
                .withVariables(List.of(PipelineVariable.of("Needed", null)));
        try (var engine = engine(dir.resolve("runs"))) {
            var refused = assertThrows(StartRefusedException.class, () -> engine.start(request(pipeline, dir)));
            assertTrue(refused.getMessage().contains("--var Needed=VALUE"), refused.getMessage());
        }
    }

    @Test
    void anInvokedPipelineRunsAsAChildAndItsOutcomeComesBack() throws Exception {
        var child = Pipeline.of("child", Stage.of("Work", shell("Echo", 1, "echo \"child got #{variables.Greeting}\"")))
                .withVariables(List.of(PipelineVariable.of("Greeting", "nothing")));
        Files.writeString(dir.resolve("child.pipeline.json"), dev.pipewright.io.PipelineFiles.write(child));
        var invoke = dev.pipewright.model.Action.of("RunChild", dev.pipewright.model.ActionCategory.INVOKE, "Pipeline")
                .withSetting("pipelineFile", dev.pipewright.model.ConfigValue.text("child.pipeline.json"))
                .withSetting("variables", new dev.pipewright.model.ConfigValue.TextMap(Map.of("Greeting", "hello")))
                .withNamespace(java.util.Optional.of("Child"));
        var parent = Pipeline.of("parent", Stage.of("Invoke", invoke, shell("After", 2, "echo 'child was #{Child.Status}'")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(parent, dir));
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            String childId = end.action("Invoke", "RunChild").orElseThrow().outputVariables().get("ExecutionId");
            var childRecord = engine.store().find(childId).readRecord();
            assertEquals("child", childRecord.pipelineName());
            assertEquals("Pipeline", childRecord.startedBy().type());
            assertTrue(Files.readString(engine.store().find(childId).logFile("Work", "Echo")).contains("child got hello"));
            assertTrue(log(execution, "Invoke", "After").contains("child was Succeeded"));
        }
    }

    @Test
    void theRecordOnDiskMatchesTheEnd() throws Exception {
        var pipeline = Pipeline.of("recorded", Stage.of("Build", shell("Echo", 1, "echo hello")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var end = finish(execution);
            assertEquals(end, execution.folder().readRecord());
            assertEquals(List.of(end), engine.store().history(java.util.Optional.of("recorded")));
        }
    }
}
