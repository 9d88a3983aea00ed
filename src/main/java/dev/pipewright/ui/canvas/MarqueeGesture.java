package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.Point;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/** Drag on empty canvas: a rectangle selects the cards it touches (added to the selection with shift/ctrl). */
final class MarqueeGesture implements Gesture {

    private final GestureSurface canvas;
    private final Point start;
    private final Set<CanvasItem> before;
    private final Region rectangle = new Region();

    MarqueeGesture(GestureSurface canvas, Point start, boolean additive) {
        this.canvas = canvas;
        this.start = start;
        this.before = additive ? new LinkedHashSet<>(canvas.selection().items()) : Set.of();
        if (!additive) {
            canvas.selection().clear();
        }
        rectangle.getStyleClass().add("marquee");
        rectangle.setManaged(false);
        rectangle.setMouseTransparent(true);
    }

    @Override
    public void drag(Point world, MouseEvent e) {
        if (rectangle.getParent() == null) {
            canvas.overlay().getChildren().add(rectangle);
        }
        Box area = Box.spanning(start.x(), start.y(), world.x(), world.y());
        rectangle.resizeRelocate(area.x(), area.y(), area.width(), area.height());
        var next = new LinkedHashSet<>(before);
        for (CardBox c : canvas.currentLayout().cards()) {
            if (c.box().intersects(area)) {
                next.add(new CanvasItem.CardItem(c.ref()));
            }
        }
        canvas.selection().replace(next);
    }

    @Override
    public void release(Point world, MouseEvent e) {
        cancel();
    }

    @Override
    public void cancel() {
        canvas.overlay().getChildren().remove(rectangle);
    }
}
