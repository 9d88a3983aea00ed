package dev.pipewright.engine;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes an execution's record in the background, coalescing: when changes come faster than the
 * disk takes them, only the newest record is written, so 500 quick actions do not mean 1,000
 * synchronous file replacements: at most one write per {@value #MIN_INTERVAL_MILLIS} ms, so the
 * file on disk is never older than that. Each write is atomic; {@link #flush()} waits for the newest.
 */
final class RecordWriter {

    private final ExecutionStore store;
    private final ExecutionFolder folder;
    static final long MIN_INTERVAL_MILLIS = 50;

    private final ScheduledExecutorService io;
    private long lastWriteNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS);
    private ExecutionRecord latest;
    private boolean draining;
    private long submitted;
    private long written;
    private IOException failure;

    RecordWriter(ExecutionStore store, ExecutionFolder folder, ScheduledExecutorService io) {
        this.store = store;
        this.folder = folder;
        this.io = io;
    }

    synchronized void submit(ExecutionRecord record) {
        latest = record;
        submitted++;
        if (!draining) {
            draining = true;
            long wait = lastWriteNanos + TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS) - System.nanoTime();
            io.schedule(this::drain, Math.max(0, wait), TimeUnit.NANOSECONDS);
        }
    }

    private void drain() {
        ExecutionRecord next;
        long number;
        synchronized (this) {
            next = latest;
            latest = null;
            number = submitted;
            lastWriteNanos = System.nanoTime();
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
            draining = latest != null;
            if (draining) {
                // changed while writing: write again once the interval has passed
                io.schedule(this::drain, MIN_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            }
            notifyAll();
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
