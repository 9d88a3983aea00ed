package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An execution folder without a readable record: a run killed in its first milliseconds, before
 * it wrote one, or a record damaged on disk. It is shown, never hidden: Interrupted when no process
 * runs it, In progress while one is starting it. What it is shown as is not saved, since the
 * process starting it may be about to write the real record.
 */
final class RecordlessRun {

    /** Execution ids: start time (UTC) and six random hex digits. */
    static final Pattern EXECUTION_ID = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{6}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RecordlessRun() {
    }

    /** The stages of a new execution of {@code pipeline}, all pending. */
    static List<StageRecord> pendingStages(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> new StageRecord(s.name(), StageStatus.PENDING, null, null,
                s.actions().stream().map(a -> ActionRecord.pending(a.name(), a.category().displayName(),
                        a.provider(), a.runOrder(), ExecutionFolder.logPath(s.name(), a.name()))).toList())).toList();
    }

    /** What to show for {@code folder}, whose record cannot be read. */
    static ExecutionRecord record(ExecutionFolder folder, boolean running) {
        Optional<Pipeline> snapshot;
        try {
            snapshot = java.nio.file.Files.exists(folder.snapshotFile())
                    ? Optional.of(Snapshots.read(folder)) : Optional.empty();
        } catch (IOException e) {
            snapshot = Optional.empty();
        }
        Instant lastSeen = LastSeen.of(folder);
        Instant start = startTime(folder.executionId()).orElse(lastSeen);
        String pipelineName = snapshot.map(Pipeline::name).orElse(folder.dir().getParent().getFileName().toString());
        var stages = snapshot.map(RecordlessRun::pendingStages).orElse(List.of());
        var unknown = new StartedBy("Unknown", "not saved: the run ended before its record was written");
        if (running) {
            return new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, folder.executionId(), pipelineName, null,
                    snapshot.map(p -> p.executionMode().name()).orElse(null), unknown, ExecutionStatus.IN_PROGRESS,
                    "starting", start, null, Map.of(), stages);
        }
        return new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, folder.executionId(), pipelineName, null,
                snapshot.map(p -> p.executionMode().name()).orElse(null), unknown, ExecutionStatus.INTERRUPTED,
                "Interrupted: the Pipewright process running it ended before it had saved its record",
                start, lastSeen.isBefore(start) ? start : lastSeen, Map.of(), stages);
    }

    /** Whether {@code name} is the name of an execution's folder (one without a record included). */
    static boolean isExecutionId(String name) {
        return EXECUTION_ID.matcher(name).matches();
    }

    private static Optional<Instant> startTime(String executionId) {
        if (!isExecutionId(executionId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(executionId.substring(0, 15), ID_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
