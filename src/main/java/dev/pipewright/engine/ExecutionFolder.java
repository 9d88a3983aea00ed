package dev.pipewright.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The folder of one execution:
 * <pre>
 *   execution.json        the record, rewritten atomically as the execution goes
 *   pipeline.json         the pipeline exactly as it ran (a snapshot)
 *   execution.lock        locked by the process running the execution, while it runs
 *   logs/STAGE/ACTION.log one log per action
 *   artifacts/NAME/       each artifact, as a folder
 *   work/STAGE/ACTION/    each action's working folder
 *   approvals/STAGE/ACTION.json  decisions dropped by another process (pipewright approve)
 * </pre>
 */
public final class ExecutionFolder {

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
    RunningLock lock() throws IOException {
        FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IOException("execution " + executionId() + " is running in another Pipewright process");
            }
            return new RunningLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IOException("execution " + executionId() + " is already running in this process", e);
        }
    }

    /** Whether some process (this one included) is running this execution now. */
    public boolean isRunning() {
        if (!Files.exists(lockFile())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ExecutionRecord> tryReadRecord() {
        try {
            return Optional.of(readRecord());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The lock of a running execution; released when the execution ends (or its process dies). */
    static final class RunningLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private RunningLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
