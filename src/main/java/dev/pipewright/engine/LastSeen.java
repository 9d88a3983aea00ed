package dev.pipewright.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an execution's process was last seen alive, from what it leaves on disk: the newest of its
 * record, its lock (touched while it runs) and its logs (written as output arrives). What an
 * Interrupted run's end time is: the record alone can be hours older than the crash, when an
 * action ran long without changing it.
 */
final class LastSeen {

    private LastSeen() {
    }

    /** The newest modification time of the record, the lock and the logs; now when none can be read. */
    static Instant of(ExecutionFolder folder) {
        Optional<Instant> newest = Stream.of(folder.recordFile(), folder.lockFile())
                .map(LastSeen::modified).flatMap(Optional::stream).max(Instant::compareTo);
        Path logs = folder.dir().resolve("logs");
        if (Files.isDirectory(logs)) {
            try (Stream<Path> files = Files.walk(logs)) {
                Optional<Instant> newestLog = files.filter(Files::isRegularFile).map(LastSeen::modified)
                        .flatMap(Optional::stream).max(Instant::compareTo);
                newest = Stream.concat(newest.stream(), newestLog.stream()).max(Instant::compareTo);
            } catch (IOException | java.io.UncheckedIOException e) {
                // logs being removed: the record and the lock still say something
            }
        }
        return newest.orElseGet(Instant::now);
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file)).map(FileTime::toInstant);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
