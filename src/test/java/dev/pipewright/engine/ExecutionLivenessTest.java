package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record that says "in progress" is declared Interrupted only on proof that its process ended:
 * a free lock and a process that is gone, or a free lock and a heartbeat gone quiet (issue 16).
 */
class ExecutionLivenessTest {

    @TempDir
    Path dir;

    /** A real execution folder whose record is set back to "in progress" and whose lock is free. */
    private ExecutionFolder inProgressFolder() throws Exception {
        Pipeline pipeline = Pipeline.of("live", Stage.of("Build", shell("Make", 1, "true")));
        ExecutionFolder folder;
        try (Engine engine = engine(dir.resolve("runs"))) {
            Execution execution = engine.start(request(pipeline, dir));
            execution.await();
            folder = execution.folder();
            engine.store().writeRecord(folder, execution.record().withStatus(ExecutionStatus.IN_PROGRESS, null));
        }
        return folder;
    }

    /** The folder as if its process, {@code owner}, last showed a sign of life {@code at}. */
    private static void heartbeat(ExecutionFolder folder, String owner, Instant at) throws Exception {
        Files.writeString(folder.heartbeatFile(), owner);
        try (var everything = Files.walk(folder.dir())) {
            for (Path p : everything.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(at));
            }
        }
    }

    private static ExecutionStatus recovered(ExecutionFolder folder) {
        return new ExecutionStore(folder.dir().getParent().getParent()).recover(folder).orElseThrow().status();
    }

    @Test
    void aFreeLockWithALiveOwnerAndAFreshHeartbeatIsLeftInProgressUntouched() throws Exception {
        ExecutionFolder folder = inProgressFolder();
        heartbeat(folder, LockOwner.current().text(), Instant.now());
        byte[] before = Files.readAllBytes(folder.recordFile());

        assertFalse(folder.provablyEnded());
        assertEquals(ExecutionStatus.IN_PROGRESS, recovered(folder));
        assertArrayEquals(before, Files.readAllBytes(folder.recordFile()), "a suspicion never rewrites the record");
    }

    @Test
    void anOwnerOnAnotherMachineIsTrustedWhileItsHeartbeatIsFresh() throws Exception {
        ExecutionFolder folder = inProgressFolder();
        var elsewhere = new LockOwner(ProcessHandle.current().pid() + 1_000_000, Instant.now(), "host-elsewhere");
        heartbeat(folder, elsewhere.text(), Instant.now());
        assertEquals(ExecutionStatus.IN_PROGRESS, recovered(folder));

        heartbeat(folder, elsewhere.text(), Instant.now().minus(ExecutionFolder.STALE).minusSeconds(5));
        assertEquals(ExecutionStatus.INTERRUPTED, recovered(folder), "a heartbeat gone quiet is proof");
    }

    @Test
    void anOwnerWhoseProcessIsGoneIsInterruptedAtOnceWithItsLastSignOfLifeAsItsEnd() throws Exception {
        ExecutionFolder folder = inProgressFolder();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        var gone = new LockOwner(ended.pid(), Instant.now(), LockOwner.current().machine());
        Instant lastBeat = Instant.now().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        heartbeat(folder, gone.text(), lastBeat);

        assertTrue(folder.provablyEnded());
        ExecutionRecord record = new ExecutionStore(folder.dir().getParent().getParent()).recover(folder).orElseThrow();
        assertEquals(ExecutionStatus.INTERRUPTED, record.status());
        assertEquals(lastBeat, record.endTime());
        assertEquals(record, folder.readRecord(), "the proof is saved");
    }

    @Test
    void aFolderWithNoOwnerCountsAsEndedOnlyOnceQuiet() throws Exception {
        ExecutionFolder folder = inProgressFolder();
        heartbeat(folder, "", Instant.now());
        assertEquals(ExecutionStatus.IN_PROGRESS, recovered(folder));
        heartbeat(folder, "", Instant.now().minus(ExecutionFolder.STALE).minus(Duration.ofSeconds(1)));
        assertEquals(ExecutionStatus.INTERRUPTED, recovered(folder));
    }
}
