package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Keeps a {@link LogFile}'s index up with the file on a background thread, and tells the window
 * thread at most once per hand-over that there is more to show. Only the new bytes are read.
 */
final class LogFeed implements AutoCloseable {

    /** Indexing and searching, off the window thread; daemon threads so they never keep the app alive. */
    static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "log-view");
        thread.setDaemon(true);
        return thread;
    });

    private static final long PUBLISH_EVERY_BYTES = 16L * 1024 * 1024;

    private final LogFile file;
    private final Executor fxThread;
    private final Runnable grown;
    private final Consumer<String> failed;
    private final AtomicBoolean indexing = new AtomicBoolean();
    private final AtomicBoolean published = new AtomicBoolean(true);
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicReference<Range> wanted = new AtomicReference<>();
    private volatile boolean closed;

    LogFeed(Path path, Executor fxThread, Runnable grown, Consumer<String> failed) throws IOException {
        this.file = new LogFile(path);
        this.fxThread = fxThread;
        this.grown = grown;
        this.failed = failed;
    }

    LogFile file() {
        return file;
    }

    /**
     * Reads the text of lines {@code first} to {@code last} in the background, then runs
     * {@code loaded} on the window thread. While a read is under way only the latest request is kept.
     */
    void load(long first, long last, Runnable loaded) {
        wanted.set(new Range(first, last, loaded));
        if (loading.compareAndSet(false, true)) {
            BACKGROUND.execute(this::loadWanted);
        }
    }

    private record Range(long first, long last, Runnable loaded) { }

    private void loadWanted() {
        do {
            try {
                for (Range range = wanted.getAndSet(null); range != null && !closed; range = wanted.getAndSet(null)) {
                    file.load(range.first(), range.last());
                    Runnable loaded = range.loaded();
                    fxThread.execute(() -> {
                        if (!closed) {
                            loaded.run();
                        }
                    });
                }
            } catch (RuntimeException e) {
                if (!closed) {
                    fxThread.execute(() -> failed.accept("Cannot read " + file.path() + ": " + e.getMessage()));
                }
            } finally {
                loading.set(false);
            }
            // a request that came after the last look and before the flag dropped is not lost
        } while (!closed && wanted.get() != null && loading.compareAndSet(false, true));
    }

    /** Starts reading what was appended, unless a read is already under way. Cheap; call it often. */
    void poll() {
        if (!closed && indexing.compareAndSet(false, true)) {
            BACKGROUND.execute(this::catchUp);
        }
    }

    private void catchUp() {
        try {
            while (!closed) {
                long read = file.update(PUBLISH_EVERY_BYTES);
                if (read < 0) {
                    fxThread.execute(() -> failed.accept(file.path().getFileName() + " was replaced or cut short"));
                    return;
                }
                if (read > 0) {
                    publish();
                }
                if (read < PUBLISH_EVERY_BYTES) {
                    return;
                }
            }
        } catch (IOException e) {
            if (!closed) {
                fxThread.execute(() -> failed.accept("Cannot read " + file.path() + ": " + e.getMessage()));
            }
        } finally {
            indexing.set(false);
        }
    }

    // one hand-over in flight at a time: a flood of bytes never floods the window thread
    private void publish() {
        if (published.compareAndSet(true, false)) {
            fxThread.execute(() -> {
                published.set(true);
                if (!closed) {
                    grown.run();
                }
            });
        }
    }

    @Override
    public void close() {
        closed = true;
        file.close();
    }
}
