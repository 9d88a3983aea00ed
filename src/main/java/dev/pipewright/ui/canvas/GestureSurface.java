package dev.pipewright.ui.canvas;

import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.model.ActionRef;
import java.util.Optional;
import javafx.scene.layout.Pane;

/**
 * The canvas as a gesture sees it: the layout to hit-test, the selection, the nodes a move
 * previews with, the overlay to draw a marquee or a line on, and the listener that receives the
 * one intent a gesture ends in. A gesture gets this, never the whole canvas.
 */
interface GestureSurface {

    /** The layout drawn now, in layout units. */
    PipelineLayout currentLayout();

    CanvasSelection selection();

    /** The nodes of the cards, stages and arrows, to preview a move with. */
    CanvasSync sync();

    CanvasViewport viewport();

    /** Drawn above the pipeline, in layout units: a marquee, a connection being drawn, a hint. */
    Pane overlay();

    /** Where a dragged card or stage would land. */
    DropMarker marker();

    /** Where the gesture's intent goes. */
    CanvasListener listener();

    /** Why {@code from} cannot give an artifact to {@code to}; empty when it can. */
    Optional<String> whyNotConnect(ActionRef from, ActionRef to);

    void showHint(String text, Point at);

    void hideHint();

    /** Starts renaming a stage or a card in place. */
    void rename(CanvasItem item);

    boolean isRenaming();

    /** Takes the keyboard focus to the canvas (a press on it). */
    void focus();
}
