package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executions running in another JVM: decided from here, or killed and found interrupted. */
class OtherProcessTest {

    @TempDir
    Path dir;

    private OtherJvm jvm;

    @BeforeEach
    void otherJvm() {
        jvm = new OtherJvm(dir.resolve("other-jvm.out"));
    }

    @AfterEach
    void endProcesses() {
        jvm.close();
    }

    private Process pipewright(String... args) throws IOException {
        return jvm.pipewright(args);
    }

    private <T> T waitFor(String what, Supplier<Optional<T>> probe) throws Exception {
        return jvm.waitFor(what, probe);
    }

    private Optional<ExecutionRecord> latest(ExecutionStore store) {
        var history = store.history(Optional.empty());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    @Test
    void aGateWaitingInAnotherProcessIsApprovedFromHere() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = Files.writeString(dir.resolve("gate.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "gate", "stages": [ { "name": "Release", "actions": [
                  { "name": "Approve", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1,
                    "configuration": { "CustomData": "ok?" } },
                  { "name": "Ship", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 2,
                    "configuration": { "commands": "echo shipped" } } ] } ] } }
                """);
        Process other = pipewright("run", file.toString(), "--runs-dir", runs.toString());
        var store = new ExecutionStore(runs);
        ExecutionRecord waiting = waitFor("the gate to wait", () -> latest(store).filter(r ->
                r.action("Release", "Approve").map(a -> a.status() == ActionStatus.WAITING).orElse(false)));
        // the record says "waiting" a moment before the terminal view has printed how to decide
        waitFor("a run without a terminal to say how to approve it", () -> {
            try {
                return Optional.of(Files.readString(dir.resolve("other-jvm.out")))
                        .filter(out -> out.contains("pipewright approve " + waiting.executionId()));
            } catch (IOException e) {
                return Optional.empty();
            }
        });

        var approve = Cli.run("approve", waiting.executionId(), "Release/Approve", "--comment", "from another shell",
                "--by", "tester", "--runs-dir", runs.toString());
        assertEquals(0, approve.exitCode(), approve.all());
        assertTrue(approve.out().contains("Approved Release/Approve"), approve.out());

        assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the run ends after the approval");
        assertEquals(0, other.exitValue(), Files.readString(dir.resolve("other-jvm.out")));
        ExecutionRecord end = latest(store).orElseThrow();
        assertEquals(ExecutionStatus.SUCCEEDED, end.status());
        assertEquals("tester", end.action("Release", "Approve").orElseThrow().approval().by());
    }

    @Test
    void aKilledRunIsFoundInterruptedWithItsLogIntact() throws Exception {
        Path runs = dir.resolve("runs");
        Path pid = dir.resolve("sleep.pid");
        Path file = Files.writeString(dir.resolve("crash.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "crash", "stages": [ { "name": "Build", "actions": [
                  { "name": "Long", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "echo 'before the crash'; sleep 300 & echo $! > '%s'; wait" } } ] } ] } }
                """.formatted(pid));
        Process other = pipewright("run", file.toString(), "--runs-dir", runs.toString());
        var store = new ExecutionStore(runs);
        // the record on disk follows the run within RecordWriter's interval: wait until it shows the action running
        waitFor("the action to run and start its child", () -> Optional.of(pid).filter(Files::exists)
                .flatMap(p -> latest(store)).filter(r -> r.action("Build", "Long")
                        .map(a -> a.status() == ActionStatus.IN_PROGRESS).orElse(false)));
        // the shell writes the pid file right after the echo; the log pump may not have caught up yet
        waitFor("the log to hold the first line", () -> latest(store).map(r -> store.find(r.executionId()))
                .map(f -> f.logFile("Build", "Long")).filter(log -> {
                    try {
                        return Files.exists(log) && Files.readString(log).contains("before the crash");
                    } catch (IOException e) {
                        return false;
                    }
                }));
        other.destroyForcibly(); // SIGKILL: no shutdown hook, no last record
        other.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);

        ExecutionRecord found = latest(store).orElseThrow();
        assertEquals(ExecutionStatus.INTERRUPTED, found.status());
        assertEquals(ActionStatus.FAILED, found.action("Build", "Long").orElseThrow().status());
        assertTrue(found.action("Build", "Long").orElseThrow().summary().contains("Interrupted"));
        var folder = store.find(found.executionId());
        assertEquals(found, folder.readRecord(), "the interrupted state is saved");
        assertTrue(Files.readString(folder.logFile("Build", "Long")).contains("before the crash"));

        var history = Cli.run("history", "--runs-dir", runs.toString());
        assertTrue(history.out().contains("Interrupted"), history.out());
    }
}
