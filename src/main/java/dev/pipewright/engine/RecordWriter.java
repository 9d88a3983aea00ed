package dev.pipewright.engine;

import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Writes an execution's record in the background, coalescing: when changes come faster than the
 * disk takes them, only the newest record is written, so 500 quick actions do not mean 1,000
 * synchronous file replacements. Each write is atomic; {@link #flush()} waits for the newest.
 */
final class RecordWriter {

    private final ExecutionStore store;
    private final ExecutionFolder folder;
    private final Executor io;
    private ExecutionRecord latest;
    private boolean draining;
    private long submitted;
    private long written;
    private IOException failure;

    RecordWriter(ExecutionStore store, ExecutionFolder folder, Executor io) {
        this.store = store;
        this.folder = folder;
        this.io = io;
    }

    synchronized void submit(ExecutionRecord record) {
        latest = record;
        submitted++;
        if (!draining) {
            draining = true;
            io.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            ExecutionRecord next;
            long number;
            synchronized (this) {
                if (latest == null) {
                    draining = false;
                    notifyAll();
                    return;
                }
                next = latest;
                latest = null;
                number = submitted;
            }
            IOException error = null;
            try {
                store.writeRecord(folder, next);
            } catch (IOException e) {
                error = e;
            }
            synchronized (this) {
                written = number;
                if (error != null) {
                    failure = error;
                }
                notifyAll();
            }
        }
    }

    /** Waits until the newest record is on disk; reports a failed write. */
    synchronized void flush() throws IOException, InterruptedException {
        while (written < submitted) {
            wait();
        }
        if (failure != null) {
            IOException e = failure;
            failure = null;
            throw e;
        }
    }
}
