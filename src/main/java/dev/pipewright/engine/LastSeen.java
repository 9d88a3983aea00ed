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
 * heartbeat (renewed every second while it runs), its record, its lock and its logs (written as
 * output arrives), or its folder's when it holds none of them. (The lock's time is read without
 * opening it: see {@link RunningLocks}.) What an
 * Interrupted run's end time is: the record alone can be hours older than the crash, when an
 * action ran long without changing it.
 */
final class LastSeen {

    private LastSeen() {
    }

    /** The newest modification time of the heartbeat, the record, the lock and the logs; else the folder's; else now. */
    static Instant of(ExecutionFolder folder) {
        Optional<Instant> newest = Stream.of(folder.heartbeatFile(), folder.recordFile(), folder.lockFile())
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
        return newest.or(() -> modified(folder.dir())).orElseGet(Instant::now);
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file)).map(FileTime::toInstant);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
