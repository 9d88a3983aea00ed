package dev.pipewright.engine;

import dev.pipewright.platform.UserDataFolder;
import dev.pipewright.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where executions are kept: {@code RUNS/PIPELINE/EXECUTION-ID/}. By default RUNS is the per-user
 * data folder ({@link #defaultRunsDir()}); {@code --runs-dir} or {@code PIPEWRIGHT_RUNS_DIR}
 * choose another.
 */
public final class ExecutionStore {

    public static final String RUNS_DIR_ENV = "PIPEWRIGHT_RUNS_DIR";

    private final Path runsDir;

    public ExecutionStore(Path runsDir) {
        this.runsDir = runsDir.toAbsolutePath().normalize();
    }

    /**
     * {@code $PIPEWRIGHT_RUNS_DIR}, else the platform's per-user data folder:
     * {@code $XDG_DATA_HOME/pipewright/runs} (default {@code ~/.local/share/pipewright/runs}) on
     * Linux, {@code ~/Library/Application Support/Pipewright/runs} on macOS,
     * {@code %LOCALAPPDATA%\Pipewright\runs} on Windows.
     */
    public static Path defaultRunsDir() {
        return UserDataFolder.of("runs", RUNS_DIR_ENV);
    }

    public Path runsDir() {
        return runsDir;
    }

    public Path pipelineDir(String pipelineName) {
        return runsDir.resolve(ExecutionFolder.segment(pipelineName));
    }

    ExecutionFolder create(String pipelineName, String executionId) throws IOException {
        Path dir = pipelineDir(pipelineName).resolve(executionId);
        Files.createDirectories(dir);
        return new ExecutionFolder(dir);
    }

    void writeRecord(ExecutionFolder folder, ExecutionRecord record) throws IOException {
        AtomicFile.write(folder.recordFile(), Json.mapper().writeValueAsBytes(record));
    }

    /** Every execution folder, newest first; {@code pipelineName} narrows to one pipeline. */
    public List<ExecutionFolder> folders(Optional<String> pipelineName) {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        var found = new ArrayList<ExecutionFolder>();
        try (Stream<Path> pipelines = Files.list(runsDir)) {
            for (Path p : pipelines.filter(Files::isDirectory).toList()) {
                if (pipelineName.isPresent() && !p.getFileName().toString()
                        .equals(ExecutionFolder.segment(pipelineName.get()))) {
                    continue;
                }
                try (Stream<Path> executions = Files.list(p)) {
                    executions.filter(e -> Files.isRegularFile(e.resolve("execution.json"))
                                    || Files.isDirectory(e) && RecordlessRun.isExecutionId(e.getFileName().toString()))
                            .map(ExecutionFolder::new).forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list executions in " + runsDir, e);
        }
        // execution ids start with their start time, so name order is time order
        found.sort(Comparator.comparing(ExecutionFolder::executionId).reversed());
        return found;
    }

    /** The records of past and running executions, newest first, interrupted ones marked so. */
    public List<ExecutionRecord> history(Optional<String> pipelineName) {
        var records = new ArrayList<ExecutionRecord>();
        for (var folder : folders(pipelineName)) {
            recover(folder).ifPresent(records::add);
        }
        return records;
    }

    /**
     * Finds an execution by its id or a unique start of it.
     *
     * @throws IllegalArgumentException saying what is wrong when none or several match
     */
    public ExecutionFolder find(String idOrPrefix) {
        var matches = folders(Optional.empty()).stream()
                .filter(f -> f.executionId().startsWith(idOrPrefix)).toList();
        var exact = matches.stream().filter(f -> f.executionId().equals(idOrPrefix)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no execution '" + idOrPrefix + "' in " + runsDir
                    + " (pipewright history lists them; --runs-dir chooses another folder)");
        }
        if (matches.size() > 1) {
            throw new IllegalArgumentException("'" + idOrPrefix + "' matches " + matches.size()
                    + " executions (" + matches.stream().limit(5).map(ExecutionFolder::executionId).toList()
                    + "); give more of the id");
        }
        return matches.get(0);
    }

    /**
     * Reads a record; one that says it is running but whose process has provably ended (a crash,
     * a kill) is marked Interrupted, on disk too, with its logs left as they are. A record whose
     * process may still live is returned as it is and never rewritten.
     */
    public Optional<ExecutionRecord> recover(ExecutionFolder folder) {
        // the proof before the record: a run writes its last record before it lets go of its lock,
        // so a record read after the lock was found free is its last one. The other way round, a run
        // ending between the two looks crashed, and its Failed record was overwritten Interrupted.
        boolean running = folder.isRunning();
        boolean ended = !running && folder.provablyEnded();
        if (ended) {
            Leftovers.removeUnfinishedRecords(folder);
        }
        Optional<ExecutionRecord> read = folder.tryReadRecord();
        if (read.isEmpty()) {
            // shown, not saved: the process starting it may be about to write the real record
            return Optional.of(RecordlessRun.record(folder, running));
        }
        if (!ended || read.get().status().isFinal()) {
            return read;
        }
        ExecutionRecord record = read.get();
        Leftovers.clear(folder, record);
        ExecutionRecord interrupted = markInterrupted(record, LastSeen.of(folder));
        try {
            writeRecord(folder, interrupted);
        } catch (IOException e) {
            // a read-only runs folder still gets the right answer, just not saved
        }
        return Optional.of(interrupted);
    }

    static ExecutionRecord markInterrupted(ExecutionRecord record, Instant at) {
        String why = "Interrupted: the Pipewright process running it ended before it finished";
        var stages = new ArrayList<StageRecord>();
        for (var stage : record.stages()) {
            var actions = stage.actions().stream()
                    .map(a -> a.status().isActive() ? a.ended(ActionStatus.FAILED, why, at) : a).toList();
            StageStatus status = stage.status() == StageStatus.IN_PROGRESS || stage.status() == StageStatus.STOPPING
                    || stage.status() == StageStatus.WAITING ? StageStatus.FAILED : stage.status();
            stages.add(new StageRecord(stage.name(), status, stage.startTime(),
                    status != stage.status() ? at : stage.endTime(), actions));
        }
        return new ExecutionRecord(record.schemaVersion(), record.executionId(), record.pipelineName(),
                record.pipelineFile(), record.executionMode(), record.startedBy(), ExecutionStatus.INTERRUPTED,
                why, record.startTime(), at, record.variables(), stages);
    }
}
