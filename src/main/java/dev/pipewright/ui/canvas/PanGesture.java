package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Point;
import javafx.scene.input.MouseEvent;

/** Middle-button drag, or any drag with space held: moves the view, as a hand tool. */
final class PanGesture implements Gesture {

    private final CanvasViewport viewport;
    private double lastX;
    private double lastY;

    PanGesture(CanvasViewport viewport, MouseEvent press) {
        this.viewport = viewport;
        lastX = press.getScreenX();
        lastY = press.getScreenY();
    }

    @Override
    public void drag(Point world, MouseEvent e) {
        viewport.panBy(e.getScreenX() - lastX, e.getScreenY() - lastY);
        lastX = e.getScreenX();
        lastY = e.getScreenY();
    }

    @Override
    public void release(Point world, MouseEvent e) {
        // nothing to report: panning changes the view, not the pipeline
    }
}
