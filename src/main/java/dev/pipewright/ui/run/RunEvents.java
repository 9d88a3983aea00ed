package dev.pipewright.ui.run;

import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands engine events to the JavaFX thread in batches: one queue, drained by at most one pending
 * {@code Platform.runLater} at a time, so a flood of events costs one UI update per frame, never
 * one per event. Log text is not carried at all: the log view reads the log file itself.
 */
final class RunEvents implements ExecutionListener {

    private final ConcurrentLinkedQueue<ExecutionEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Consumer<List<ExecutionEvent>> onBatch;

    RunEvents(Consumer<List<ExecutionEvent>> onBatch) {
        this.onBatch = onBatch;
    }

    @Override
    public boolean wantsLogs() {
        return false; // the engine then does not even decode log chunks for us
    }

    @Override
    public void onEvent(ExecutionEvent event) {
        queue.add(event);
        if (drainPending.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        var batch = new ArrayList<ExecutionEvent>();
        for (ExecutionEvent e; (e = queue.poll()) != null; ) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
