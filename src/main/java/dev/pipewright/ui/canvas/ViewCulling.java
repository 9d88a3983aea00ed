package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Hides the stages, cards and arrows that are out of view. JavaFX does not cull the zoomed world
 * inside the scroll pane: every visible node was painted on every zoom or scroll step, 4,700
 * nodes for 500 cards, 60 ms and more a frame. It runs on every zoom, scroll and resize, in the
 * same pulse, so the margin only covers the scroll pane settling its bounds in that pulse's layout;
 * a wider one would be painted for nothing, as nothing culls it either.
 */
final class ViewCulling {

    private static final double MARGIN = 64;

    private final CanvasViewport viewport;
    private final List<Group> layers;

    ViewCulling(CanvasViewport viewport, List<Group> layers) {
        this.viewport = viewport;
        this.layers = List.copyOf(layers);
    }

    /** Shows exactly the nodes that intersect the view plus its margin; touches only nodes that change. */
    void update() {
        Box view = viewport.visibleWorld();
        if (view.width() <= 0 || view.height() <= 0) {
            return; // not laid out yet: leave everything shown
        }
        double minX = view.x() - MARGIN;
        double minY = view.y() - MARGIN;
        double maxX = view.maxX() + MARGIN;
        double maxY = view.maxY() + MARGIN;
        for (Group layer : layers) {
            for (Node node : layer.getChildren()) {
                Bounds b = node.getBoundsInParent();
                boolean inView = b.getMaxX() >= minX && b.getMinX() <= maxX && b.getMaxY() >= minY && b.getMinY() <= maxY;
                if (node.isVisible() != inView) {
                    node.setVisible(inView);
                }
            }
        }
    }
}
