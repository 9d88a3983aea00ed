package dev.pipewright.ui;

import dev.pipewright.edit.Document;
import dev.pipewright.ui.canvas.PipelineCanvas;
import java.util.Optional;

/**
 * Lets benchmarks outside this package reach the parts of a {@link MainWindow} that tests in the
 * package use directly, without widening the window's own API. Call it on the JavaFX thread.
 */
public final class WindowProbe {

    private final MainWindow window;

    public WindowProbe(MainWindow window) {
        this.window = window;
    }

    public PipelineCanvas canvas() {
        return window.canvas();
    }

    public Optional<Document> document() {
        return window.document();
    }

    /** Back to the welcome view, as File → Close does for a document without unsaved edits. */
    public void close() {
        window.setDocument(null);
    }
}
