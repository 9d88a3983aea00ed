package dev.pipewright.engine;

import dev.pipewright.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stage entrances of one pipeline as every process on this machine sees them, so that QUEUED
 * and SUPERSEDED hold between two {@code pipewright run}s, or the window and a terminal:
 * <pre>
 *   RUNS/PIPELINE/stage-locks/STAGE.lock      locked by the process whose execution is in the stage
 *   RUNS/PIPELINE/stage-locks/STAGE.holder    names that process and execution
 *   RUNS/PIPELINE/stage-locks/STAGE.queue/    one empty file per execution waiting to enter,
 *                                             named ARRIVAL-EXECUTION so that names sort by arrival
 *   RUNS/PIPELINE/stage-locks/STAGE.entered   the name of the last execution let in
 * </pre>
 * The OS lets go of a lock when its process dies; a waiting file whose execution no longer runs
 * anywhere is passed over and removed.
 */
final class SharedStageLocks {

    /** An execution's place in front of one stage. */
    record Ticket(String stage, String executionId, Path file) {
    }

    private final Path pipelineDir;

    SharedStageLocks(Path pipelineDir) {
        this.pipelineDir = pipelineDir;
    }

    private Path dir() {
        return pipelineDir.resolve("stage-locks");
    }

    private Path queue(String stage) {
        return dir().resolve(ExecutionFolder.segment(stage) + ".queue");
    }

    /** Puts the execution in the stage's queue. */
    Ticket arrive(String stage, String executionId) throws IOException {
        Path queue = Files.createDirectories(queue(stage));
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        Path file = queue.resolve(String.format("%020d-%s", micros, executionId));
        Files.write(file, new byte[0]);
        return new Ticket(stage, executionId, file);
    }

    /**
     * Whether an execution that arrived after this one waits or has gone in already (in SUPERSEDED
     * mode this one gives way).
     */
    boolean overtaken(Ticket ticket) throws IOException {
        String mine = ticket.file().getFileName().toString();
        Path entered = base(ticket.stage(), ".entered");
        if (Files.exists(entered) && Files.readString(entered).strip().compareTo(mine) > 0) {
            return true;
        }
        return live(ticket.stage()).stream().anyMatch(other -> other.compareTo(mine) > 0);
    }

    /** Whether no execution that arrived before this one still waits (QUEUED: its turn). */
    boolean first(Ticket ticket) throws IOException {
        return live(ticket.stage()).stream().noneMatch(other -> other.compareTo(ticket.file().getFileName().toString()) < 0);
    }

    /** Takes the stage for the ticket's execution, unless an execution of any process is in it. */
    Optional<RunningLocks.Held> tryEnter(Ticket ticket) throws IOException {
        var held = RunningLocks.tryAcquire(base(ticket.stage(), ".lock"), base(ticket.stage(), ".holder"),
                "execution " + ticket.executionId() + "\n");
        if (held.isPresent()) {
            try {
                AtomicFile.writeString(base(ticket.stage(), ".entered"), ticket.file().getFileName() + "\n");
            } catch (IOException e) {
                held.get().close();
                throw e;
            }
        }
        return held;
    }

    private Path base(String stage, String suffix) {
        return dir().resolve(ExecutionFolder.segment(stage) + suffix);
    }

    /** Leaves the queue (entered, superseded or stopped). */
    void depart(Ticket ticket) {
        try {
            Files.deleteIfExists(ticket.file());
        } catch (IOException e) {
            // a waiting file left behind is passed over once its execution has ended
        }
    }

    /** The names of the waiting files whose executions still run, oldest first; removes the others. */
    private List<String> live(String stage) throws IOException {
        Path queue = queue(stage);
        if (!Files.isDirectory(queue)) {
            return List.of();
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.list(queue)) {
            waiting = files.sorted().toList();
        }
        var live = new java.util.ArrayList<String>();
        for (Path file : waiting) {
            String name = file.getFileName().toString();
            int dash = name.indexOf('-');
            String executionId = dash < 0 ? "" : name.substring(dash + 1);
            if (!executionId.isEmpty() && new ExecutionFolder(pipelineDir.resolve(executionId)).isRunning()) {
                live.add(name);
            } else {
                Files.deleteIfExists(file);
            }
        }
        return live;
    }
}
