package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.approval;
import static dev.pipewright.engine.TestPipelines.assertGone;
import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.log;
import static dev.pipewright.engine.TestPipelines.pidIn;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static dev.pipewright.engine.TestPipelines.waitFor;
import static dev.pipewright.engine.TestPipelines.withTimeout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.ActionContext.ApprovalDecision;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timeouts, stop, retry, approvals and transitions, with real processes. */
class EngineControlTest {

    @TempDir
    Path dir;

    /** A command that starts children of its own, each recording its pid. */
    private String spawnsChildren(Path pids) {
        return "sleep 300 & echo $! > '%s/child1'; (sleep 300 & echo $! > '%s/grandchild'; wait) & "
                .formatted(pids, pids) + "echo $$ > '%s/shell'; wait".formatted(pids);
    }

    @Test
    void aTimeoutEndsTheWholeProcessTree() throws Exception {
        Path pids = Files.createDirectory(dir.resolve("pids"));
        var pipeline = Pipeline.of("timeout", Stage.of("Build",
                withTimeout(shell("Slow", 1, spawnsChildren(pids)), "0.03")));
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.FAILED, end.status());
            var action = end.action("Build", "Slow").orElseThrow();
            assertEquals(ActionStatus.FAILED, action.status());
            assertTrue(action.summary().contains("timed out"), action.summary());
        }
        for (String name : new String[] {"shell", "child1", "grandchild"}) {
            assertGone(pidIn(pids.resolve(name)));
        }
    }

    @Test
    void stopAndAbandonEndsRunningActionsAndTheirChildren() throws Exception {
        Path pids = Files.createDirectory(dir.resolve("pids"));
        var pipeline = Pipeline.of("abandon", Stage.of("Build", shell("Long", 1, spawnsChildren(pids))),
                Stage.of("Deploy", shell("After", 1, "echo never")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            waitFor("the grandchild to start", () -> Files.exists(pids.resolve("grandchild"))
                    && Files.exists(pids.resolve("shell")));
            assertTrue(execution.stop(true));
            var end = finish(execution);
            assertEquals(ExecutionStatus.STOPPED, end.status());
            assertEquals(ActionStatus.ABANDONED, end.action("Build", "Long").orElseThrow().status());
            assertEquals(ActionStatus.PENDING, end.action("Deploy", "After").orElseThrow().status());
        }
        for (String name : new String[] {"shell", "child1", "grandchild"}) {
            assertGone(pidIn(pids.resolve(name)));
        }
    }

    @Test
    void stopAndWaitLetsRunningActionsFinishAndStartsNothingNew() throws Exception {
        Path go = dir.resolve("go");
        var pipeline = Pipeline.of("stopwait", Stage.of("Build",
                        shell("Running", 1, "while [ ! -e '%s' ]; do sleep 0.05; done; echo finished".formatted(go)),
                        shell("Next", 2, "echo never")),
                Stage.of("Deploy", shell("Later", 1, "echo never")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            waitFor("the action to run", () -> execution.record().action("Build", "Running").orElseThrow().status()
                    == ActionStatus.IN_PROGRESS);
            execution.stop(false);
            assertEquals(ExecutionStatus.STOPPING, execution.record().status());
            Files.createFile(go);
            var end = finish(execution);
            assertEquals(ExecutionStatus.STOPPED, end.status());
            assertEquals(ActionStatus.SUCCEEDED, end.action("Build", "Running").orElseThrow().status());
            assertEquals(ActionStatus.PENDING, end.action("Build", "Next").orElseThrow().status());
            assertEquals(StageStatus.STOPPED, end.stage("Build").orElseThrow().status());
            assertEquals(StageStatus.PENDING, end.stage("Deploy").orElseThrow().status());
        }
    }

    @Test
    void retryRerunsTheFailedActionsAndGoesOn() throws Exception {
        Path fixed = dir.resolve("fixed");
        Path counter = dir.resolve("ok-runs");
        var pipeline = Pipeline.of("retry", Stage.of("Test",
                        shell("Fine", 1, "echo x >> '%s'".formatted(counter)),
                        shell("Flaky", 1, "test -e '%s' || { echo 'not fixed yet'; exit 1; }".formatted(fixed))),
                Stage.of("Deploy", shell("Ship", 1, "echo shipped")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            var failed = finish(execution);
            assertEquals(ExecutionStatus.FAILED, failed.status());
            assertThrows(IllegalStateException.class, () -> execution.retry("Deploy", RetryMode.FAILED_ACTIONS));

            Files.createFile(fixed);
            execution.retry("Test", RetryMode.FAILED_ACTIONS);
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertEquals(2, end.action("Test", "Flaky").orElseThrow().attempt());
            assertEquals(1, end.action("Test", "Fine").orElseThrow().attempt());
            assertEquals(1, Files.readAllLines(counter).size(), "the action that had succeeded ran once");
            assertEquals(ActionStatus.SUCCEEDED, end.action("Deploy", "Ship").orElseThrow().status());
            assertTrue(log(execution, "Test", "Flaky").contains("attempt 2"));
        }
    }

    @Test
    void retryFromAnotherEngineContinuesTheSameExecution() throws Exception {
        Path fixed = dir.resolve("fixed");
        var pipeline = Pipeline.of("resume", Stage.of("Build", shell("Flaky", 1, "test -e '%s'".formatted(fixed))),
                Stage.of("Deploy", shell("Ship", 1, "echo shipped")));
        String id;
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.FAILED, end.status());
            id = end.executionId();
        }
        Files.createFile(fixed);
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.resume(id, "Build", RetryMode.ALL_ACTIONS, java.util.Map.of());
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertEquals(id, end.executionId());
        }
    }

    @Test
    void anApprovedGateLetsTheRunGoOnAndKeepsWhoAndWhy() throws Exception {
        var pipeline = Pipeline.of("gate", Stage.of("Release", approval("Approve", 1), shell("Deploy", 2, "echo deployed")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            waitFor("the gate to wait", () -> execution.record().action("Release", "Approve").orElseThrow().status()
                    == ActionStatus.WAITING);
            execution.decide("Release", "Approve", true, "ada", "looks good");
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            var approval = end.action("Release", "Approve").orElseThrow().approval();
            assertEquals("Approved", approval.decision());
            assertEquals("ada", approval.by());
            assertEquals("looks good", approval.comment());
            assertEquals("Ship it?", approval.message());
        }
    }

    @Test
    void aRejectedGateFailsTheStage() throws Exception {
        var pipeline = Pipeline.of("gate", Stage.of("Release", approval("Approve", 1), shell("Deploy", 2, "echo deployed")));
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline, dir));
            waitFor("the gate to wait", () -> execution.record().action("Release", "Approve").orElseThrow().status()
                    == ActionStatus.WAITING);
            // decided from another process: a file dropped in the execution's folder
            ApprovalFiles.drop(execution.folder(), "Release", "Approve",
                    new ApprovalDecision(false, "grace", Instant.now(), "not today"));
            var end = finish(execution);
            assertEquals(ExecutionStatus.FAILED, end.status());
            var gate = end.action("Release", "Approve").orElseThrow();
            assertEquals(ActionStatus.FAILED, gate.status());
            assertTrue(gate.summary().contains("rejected by grace: not today"), gate.summary());
            assertEquals(ActionStatus.PENDING, end.action("Release", "Deploy").orElseThrow().status());
        }
    }

    @Test
    void aGateWithoutDecisionTimesOut() throws Exception {
        var pipeline = Pipeline.of("gate", Stage.of("Release", withTimeout(approval("Approve", 1), "0.01")));
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline, dir)));
            assertEquals(ExecutionStatus.FAILED, end.status());
            assertTrue(end.action("Release", "Approve").orElseThrow().summary().contains("timed out"));
        }
    }

    @Test
    void aDisabledTransitionHoldsTheRunUntilEnabled() throws Exception {
        var pipeline = Pipeline.of("transition", Stage.of("Build", shell("Make", 1, "echo made")),
                Stage.of("Deploy", shell("Ship", 1, "echo shipped")));
        try (var engine = engine(dir.resolve("runs"))) {
            engine.disableTransition("transition", "Deploy", "freeze", "ops");
            var execution = engine.start(request(pipeline, dir));
            waitFor("the run to wait", () -> execution.record().stage("Deploy").orElseThrow().status()
                    == StageStatus.WAITING);
            engine.enableTransition("transition", "Deploy");
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status());
        }
    }
}
