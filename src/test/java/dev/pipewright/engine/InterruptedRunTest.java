package dev.pipewright.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an execution whose process died is read back: when it ended, and what its writes left. */
class InterruptedRunTest {

    private static final String ID = "20260101-000000-abcdef";

    @TempDir
    Path dir;

    @Test
    void itEndsWhenItsProcessWasLastSeenAndItsUnfinishedRecordWritesAreRemoved() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        var store = new ExecutionStore(dir);
        var folder = new ExecutionFolder(Files.createDirectories(store.pipelineDir("p").resolve(ID)));
        var action = ActionRecord.pending("Long", "Build", "Shell", 1, ExecutionFolder.logPath("Build", "Long"))
                .started(start);
        store.writeRecord(folder, new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, ID, "p", null, "SUPERSEDED",
                null, ExecutionStatus.IN_PROGRESS, null, start, null, Map.of(),
                List.of(new StageRecord("Build", StageStatus.IN_PROGRESS, start, null, List.of(action)))));
        // the record last changed when the action started; its log was written until an hour ago
        Files.setLastModifiedTime(folder.recordFile(), FileTime.from(start));
        Path log = folder.logFile("Build", "Long");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "working...\n");
        Instant logWritten = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Files.setLastModifiedTime(log, FileTime.from(logWritten));
        Files.createFile(folder.dir().resolve("execution.lock"));
        Files.setLastModifiedTime(folder.dir().resolve("execution.lock"), FileTime.from(start.plusSeconds(60)));
        Path unfinished = Files.writeString(folder.dir().resolve(".execution.json.4711.tmp"), "{ \"schemaVer");

        ExecutionRecord found = store.history(Optional.empty()).get(0);

        assertEquals(ExecutionStatus.INTERRUPTED, found.status());
        assertEquals(logWritten, found.endTime(), "it ran until its log was last written, not until its record was");
        assertEquals(Duration.ofHours(2), found.duration(Instant.now()));
        assertFalse(Files.exists(unfinished), "the temporary file of a cut-short record write is removed");
    }
}
