package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Point;
import javafx.scene.input.MouseEvent;

/** One mouse interaction from press to release; it ends in at most one listener call. */
interface Gesture {

    /** The pointer moved with the button held; {@code world} is in layout units. */
    void drag(Point world, MouseEvent e);

    void release(Point world, MouseEvent e);

    /** Undoes any preview when the gesture is abandoned (Escape, a new pipeline). */
    default void cancel() {
    }
}
