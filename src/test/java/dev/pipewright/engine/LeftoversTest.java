package dev.pipewright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pipewright.actions.process.ProcessTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an interrupted execution's actions left running is ended by the next reader, when proven its own. */
class LeftoversTest {

    private static final String ID = "20260101-000000-abcdef";

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void end() {
        started.forEach(Process::destroyForcibly);
    }

    /** A process leading a group of its own, as an action's watchdog does, with {@code executionId} in its environment. */
    private Process survivor(String executionId) throws Exception {
        var builder = new ProcessBuilder(ProcessTree.inOwnGroup(List.of("sleep", "300")));
        builder.environment().put(Leftovers.EXECUTION_ID_VARIABLE, executionId);
        Process p = builder.start();
        started.add(p);
        // setsid makes the group a moment after the start: a survivor of a crash has long had its own
        TestPipelines.waitFor("the process to lead a group of its own",
                () -> ProcessTree.groupOf(p.toHandle()).orElse(-1) == p.pid());
        return p;
    }

    private static ActionRecord running(String name, Process process, Instant started) {
        return ActionRecord.pending(name, "Build", "Shell", 1, ExecutionFolder.logPath("Build", name))
                .started(Instant.now()).withProcess(new ActionRecord.ProcessGroup(process.pid(), started));
    }

    @Test
    void theNextReaderEndsOnlyTheProcessesItCanProveAreTheExecutions() throws Exception {
        assumeTrue(ProcessTree.groupsSupported(), "process groups are a Linux matter here");
        Process ours = survivor(ID);
        Process otherExecution = survivor("20260101-000000-000000");
        Process sameIdLater = survivor(ID);
        Instant oursStarted = ours.toHandle().info().startInstant().orElseThrow();
        var stage = new StageRecord("Build", StageStatus.IN_PROGRESS, Instant.now(), null, List.of(
                running("Ours", ours, oursStarted),
                running("OtherExecution", otherExecution, otherExecution.toHandle().info().startInstant().orElseThrow()),
                // recorded as started after the process really started: a pid reused by someone else
                running("Reused", sameIdLater, sameIdLater.toHandle().info().startInstant().orElseThrow()
                        .plus(Duration.ofMinutes(1)))));
        var record = new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, ID, "p", null, "SUPERSEDED", null,
                ExecutionStatus.IN_PROGRESS, null, Instant.now(), null, Map.of(), List.of(stage));
        var store = new ExecutionStore(dir);
        Path folder = Files.createDirectories(store.pipelineDir("p").resolve(ID));
        store.writeRecord(new ExecutionFolder(folder), record);
        // the process that ran it was killed: its heartbeat names a process that is gone
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Files.writeString(new ExecutionFolder(folder).heartbeatFile(),
                new LockOwner(killed.pid(), Instant.now(), LockOwner.current().machine()).text());

        var found = store.history(Optional.empty());

        assertEquals(ExecutionStatus.INTERRUPTED, found.get(0).status());
        assertTrue(ours.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the execution's own survivor is ended");
        assertTrue(otherExecution.isAlive(), "a process of another execution is left alone");
        assertTrue(sameIdLater.isAlive(), "a process started before the recorded one is not proven the action's");
        assertFalse(ours.isAlive());
    }
}
