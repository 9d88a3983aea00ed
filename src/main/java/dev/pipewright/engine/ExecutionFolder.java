package dev.pipewright.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The folder of one execution:
 * <pre>
 *   execution.json        the record, rewritten atomically as the execution goes
 *   pipeline.json         the pipeline exactly as it ran (a snapshot)
 *   execution.lock        locked by the process running the execution, while it runs
 *   execution.heartbeat   names that process; its time stamp is renewed while it runs
 *   logs/STAGE/ACTION.log one log per action
 *   artifacts/NAME/       each artifact, as a folder
 *   work/STAGE/ACTION/    each action's working folder
 *   approvals/STAGE/ACTION.json  decisions dropped by another process (pipewright approve)
 * </pre>
 */
public final class ExecutionFolder {

    /** How long a running execution may go without a heartbeat before it counts as dead. */
    static final Duration STALE = RunningLocks.BEAT.multipliedBy(10);

    private final Path dir;

    public ExecutionFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public String executionId() {
        return dir.getFileName().toString();
    }

    public Path recordFile() {
        return dir.resolve("execution.json");
    }

    public Path snapshotFile() {
        return dir.resolve("pipeline.json");
    }

    Path lockFile() {
        return dir.resolve("execution.lock");
    }

    Path heartbeatFile() {
        return dir.resolve("execution.heartbeat");
    }

    /** The log file's path relative to this folder, as kept in the record. */
    public static String logPath(String stage, String action) {
        return "logs/" + segment(stage) + "/" + segment(action) + ".log";
    }

    public Path logFile(String stage, String action) {
        return dir.resolve(logPath(stage, action));
    }

    public Path artifactDir(String artifact) {
        return dir.resolve("artifacts").resolve(segment(artifact));
    }

    public Path workDir(String stage, String action) {
        return dir.resolve("work").resolve(segment(stage)).resolve(segment(action));
    }

    public Path approvalFile(String stage, String action) {
        return dir.resolve("approvals").resolve(segment(stage)).resolve(segment(action) + ".json");
    }

    public ExecutionRecord readRecord() throws IOException {
        return Json.mapper().readValue(recordFile().toFile(), ExecutionRecord.class);
    }

    /**
     * Names are restricted to {@code [A-Za-z0-9.@_-]}, which are safe in file names everywhere but
     * for "." and "..".
     */
    static String segment(String name) {
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "_" + name.length() + "dots";
        }
        return name;
    }

    /** Takes the lock that says "this execution is running here"; held until closed. */
    RunningLocks.Held lock() throws IOException {
        return RunningLocks.acquire(lockFile(), heartbeatFile(), executionId());
    }

    /**
     * Whether some process (this one included) is running this execution now. Looking never
     * changes the answer for anyone (see {@link RunningLocks}).
     */
    public boolean isRunning() {
        return RunningLocks.look(lockFile()) != RunningLocks.Look.FREE;
    }

    /**
     * Whether the process that ran this execution has provably ended, so that a record saying it
     * is in progress can be declared Interrupted: its lock is free, and either its process is gone
     * (same machine) or it has shown no sign of life for {@link #STALE}. A free lock alone is not
     * proof (locks on network file systems, or a lock let go by mistake).
     */
    public boolean provablyEnded() {
        if (RunningLocks.look(lockFile()) != RunningLocks.Look.FREE) {
            return false;
        }
        if (RunningLocks.owner(heartbeatFile()).map(LockOwner::provablyEnded).orElse(false)) {
            return true;
        }
        return lastSignOfLife().isBefore(Instant.now().minus(STALE));
    }

    /** When the execution last showed it was alive (see {@link LastSeen}). */
    public Instant lastSignOfLife() {
        return LastSeen.of(this);
    }

    public Optional<ExecutionRecord> tryReadRecord() {
        try {
            return Optional.of(readRecord());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
