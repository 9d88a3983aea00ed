package dev.pipewright.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands items from any thread to the JavaFX thread in batches: one queue, drained by at most one
 * pending {@code Platform.runLater} at a time, so a burst costs one UI update, never one per item
 * (as {@link RunEvents} does for the engine's events).
 */
final class FrameQueue<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Consumer<List<T>> onBatch;

    FrameQueue(Consumer<List<T>> onBatch) {
        this.onBatch = onBatch;
    }

    void add(T item) {
        queue.add(item);
        if (drainPending.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        var batch = new ArrayList<T>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
