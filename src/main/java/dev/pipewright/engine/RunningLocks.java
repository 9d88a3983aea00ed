package dev.pipewright.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The locks that say "this execution runs in this process", one per execution folder.
 *
 * <p>On Linux and macOS a Java file lock is a POSIX record lock, owned by the process: closing
 * <em>any</em> descriptor the process has open on the file releases it (the {@link FileLock}
 * javadoc warns of it). So a process must never open a lock file it holds, not even to look.
 * Every lock and every look goes through here, under one monitor: a lock file this process holds
 * is answered from memory and never opened again; one it does not hold may be opened and closed
 * freely, since that releases nothing of anyone's.
 *
 * <p>While a lock is held, a heartbeat file beside it names the owner (process id, the process's
 * start, the machine) and its time stamp is renewed every {@link #BEAT}: that says the owner still
 * lives even where locks cannot be trusted (a network file system). It is a file of its own
 * because even setting a file's time opens it (the JDK's {@code setTimes} uses a descriptor).
 */
final class RunningLocks {

    static final Duration BEAT = Duration.ofSeconds(1);

    private static final Map<Path, Held> HELD = new HashMap<>(); // guarded by HELD
    private static ScheduledExecutorService heartbeat; // guarded by HELD

    private RunningLocks() {
    }

    /** What a look at a lock file found. */
    enum Look { HELD_HERE, HELD_ELSEWHERE, FREE }

    /** A held lock; closing it lets go of the lock. */
    static final class Held implements AutoCloseable {
        private final Path file;
        private final Path heartbeat;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, Path heartbeat, FileChannel channel, FileLock lock) {
            this.file = file;
            this.heartbeat = heartbeat;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            synchronized (HELD) {
                if (HELD.get(file) != this) {
                    return;
                }
                HELD.remove(file);
                try {
                    lock.release();
                } finally {
                    channel.close();
                }
            }
        }
    }

    /**
     * Takes the lock on {@code file} for this process and starts its {@code heartbeat}, naming the owner.
     *
     * @throws IOException saying which process runs it when the lock is taken
     */
    static Held acquire(Path file, Path heartbeat, String executionId) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(key(file))) {
                throw new IOException("execution " + executionId + " is already running in this process");
            }
            return tryAcquire(file, heartbeat, "").orElseThrow(() -> new IOException("execution " + executionId
                    + " is running in another Pipewright process"));
        }
    }

    /**
     * Takes the lock on {@code file} for this process unless some process (this one included)
     * holds it; the {@code heartbeat} file names the owner, then {@code note}.
     */
    static Optional<Held> tryAcquire(Path file, Path heartbeat, String note) throws IOException {
        Path key = key(file);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close(); // this process held nothing on the file, so closing releases nothing
                return Optional.empty();
            }
            var held = new Held(key, heartbeat, channel, lock);
            HELD.put(key, held);
            try {
                Files.writeString(heartbeat, LockOwner.current().text() + note, StandardCharsets.UTF_8);
            } catch (IOException e) {
                held.close();
                throw e;
            }
            startHeartbeat();
            return Optional.of(held);
        }
    }

    /** Whether the lock on {@code file} is held, and by whom, without disturbing any holder. */
    static Look look(Path file) {
        Path key = key(file);
        synchronized (HELD) {
            if (HELD.containsKey(key)) {
                return Look.HELD_HERE;
            }
            try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return Look.HELD_ELSEWHERE;
                }
                lock.release();
                return Look.FREE;
            } catch (NoSuchFileException e) {
                return Look.FREE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The owner a heartbeat file names; empty when it names none (an execution from before owners
     * were written, or a process killed before it wrote one).
     */
    static Optional<LockOwner> owner(Path heartbeat) {
        try {
            return LockOwner.parse(Files.readString(heartbeat, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void startHeartbeat() {
        if (heartbeat == null) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pipewright-heartbeat");
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleAtFixedRate(RunningLocks::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void beat() {
        List<Path> files;
        synchronized (HELD) {
            files = HELD.values().stream().map(h -> h.heartbeat).toList();
        }
        FileTime now = FileTime.from(Instant.now());
        for (Path file : files) {
            try {
                Files.setLastModifiedTime(file, now);
            } catch (IOException e) {
                // the folder was removed under a running execution; its record says the rest
            }
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
