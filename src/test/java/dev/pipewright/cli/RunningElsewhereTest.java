package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run seen from other processes while the process running it looks at its own history: the
 * looking must not make it look dead to anyone (issue 16), and a decision from another shell ends it.
 */
class RunningElsewhereTest {

    @TempDir
    Path dir;

    private Path gatePipeline() throws Exception {
        return Files.writeString(dir.resolve("gate.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "gate", "stages": [ { "name": "Release", "actions": [
                  { "name": "Approve", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1 },
                  { "name": "Ship", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 2,
                    "configuration": { "commands": "echo shipped" } } ] } ] } }
                """);
    }

    /** The record as it is on disk, read without judging it: what every other process would see. */
    private static Optional<ExecutionRecord> onDisk(Path runs) {
        var folders = new ExecutionStore(runs).folders(Optional.empty());
        return folders.isEmpty() ? Optional.empty() : folders.get(0).tryReadRecord();
    }

    private static <T> T waitFor(String what, Supplier<Optional<T>> probe, Supplier<String> context)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("gave up waiting for " + what + "; " + context.get());
    }

    private static boolean waiting(ExecutionRecord r) {
        return r.action("Release", "Approve").map(a -> a.status() == ActionStatus.WAITING).orElse(false);
    }

    @Test
    void aRunThatReadsItsOwnHistoryIsStillRunningForOthersAndIsApprovedFromAnotherShell() throws Exception {
        Path runs = dir.resolve("runs");
        Set<ExecutionStatus> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                onDisk(runs).ifPresent(r -> seen.add(r.status()));
                Thread.onSpinWait();
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        try (var child = ChildJvm.start(dir.resolve("child.out"), WindowPathChild.class.getName(),
                gatePipeline().toString(), runs.toString())) {
            ExecutionRecord gate = waitFor("the gate to wait", () -> onDisk(runs).filter(RunningElsewhereTest::waiting),
                    child::output);
            // the child has been reading its own history all along; others look now, several times
            for (int i = 0; i < 3; i++) {
                Cli history = ChildJvm.pipewright(dir.resolve("history.out"), "history", "--runs-dir", runs.toString());
                assertEquals(0, history.exitCode(), history.all());
                assertFalse(history.out().contains("Interrupted"), history.out());
                assertEquals(ExecutionStatus.IN_PROGRESS, new ExecutionStore(runs).history(Optional.empty())
                        .get(0).status());
                Thread.sleep(300);
            }
            Cli approve = ChildJvm.pipewright(dir.resolve("approve.out"), "approve", gate.executionId(),
                    "Release/Approve", "--by", "tester", "--runs-dir", runs.toString());
            assertEquals(0, approve.exitCode(), approve.all());
            assertTrue(child.process().waitFor(60, TimeUnit.SECONDS), "the run ends after the approval");
            assertEquals(0, child.process().exitValue(), child.output());
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertEquals(ExecutionStatus.SUCCEEDED, onDisk(runs).orElseThrow().status());
        assertFalse(seen.contains(ExecutionStatus.INTERRUPTED), "the record went through " + seen);
    }

    @Test
    void lookingAtARunningExecutionFromItsOwnProcessKeepsItsLock() throws Exception {
        Path runs = dir.resolve("runs");
        var pipeline = PipelineFiles.load(gatePipeline()).pipeline();
        try (var engine = new Engine(new Engine.Options(runs, Providers.builtIn(), 2))) {
            var execution = engine.start(new RunRequest(pipeline, Optional.empty(), Map.of(), StartedBy.manual("me")));
            waitFor("the gate to wait", () -> Optional.of(execution.record()).filter(RunningElsewhereTest::waiting),
                    () -> execution.record().toString());
            ExecutionFolder folder = execution.folder();
            for (int i = 0; i < 5; i++) {
                assertTrue(folder.isRunning());
                engine.store().history(Optional.empty());
                engine.store().recover(folder);
            }
            try (var probe = ChildJvm.start(dir.resolve("probe.out"), LockProbe.class.getName(),
                    folder.dir().resolve("execution.lock").toString())) {
                assertTrue(probe.process().waitFor(60, TimeUnit.SECONDS));
                assertEquals("held", probe.output().strip(), "another process sees the lock taken");
            }
            execution.decide("Release", "Approve", true, "me", "");
            assertEquals(ExecutionStatus.SUCCEEDED, execution.await().status());
        }
    }
}
