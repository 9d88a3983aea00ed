package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import dev.pipewright.layout.Point;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Drags the selected cards: they follow the pointer, faded, while the marker shows where they
 * would land; the release reports the cards and the placement. A press that never moves far
 * enough is a click, which selects only the pressed card.
 */
final class CardMoveGesture implements Gesture {

    private static final double THRESHOLD = 4;

    private final GestureSurface canvas;
    private final Point start;
    private final ActionRef pressed;
    private final boolean selectOnlyOnClick;
    private List<ActionRef> moving = List.of();
    private boolean started;

    CardMoveGesture(GestureSurface canvas, Point start, ActionRef pressed, boolean selectOnlyOnClick) {
        this.canvas = canvas;
        this.start = start;
        this.pressed = pressed;
        this.selectOnlyOnClick = selectOnlyOnClick;
    }

    @Override
    public void drag(Point world, MouseEvent e) {
        if (!started && world.distanceTo(start) < THRESHOLD) {
            return;
        }
        if (!started) {
            started = true;
            moving = canvas.selection().cards(canvas.currentLayout());
        }
        for (ActionRef ref : moving) {
            canvas.sync().card(ref).ifPresent(n -> follow(n, world));
        }
        canvas.marker().show(canvas.currentLayout().marker(canvas.currentLayout().placementAt(world.x(), world.y())));
    }

    private void follow(Node node, Point world) {
        node.setTranslateX(world.x() - start.x());
        node.setTranslateY(world.y() - start.y());
        node.setOpacity(0.6);
        node.toFront();
    }

    @Override
    public void release(Point world, MouseEvent e) {
        if (!started) {
            if (selectOnlyOnClick) {
                canvas.selection().selectOnly(new CanvasItem.CardItem(pressed));
            }
            return;
        }
        Placement placement = canvas.currentLayout().placementAt(world.x(), world.y());
        List<ActionRef> refs = moving;
        cancel();
        canvas.listener().onMove(refs, placement);
    }

    @Override
    public void cancel() {
        for (ActionRef ref : moving) {
            canvas.sync().card(ref).ifPresent(n -> {
                n.setTranslateX(0);
                n.setTranslateY(0);
                n.setOpacity(1);
            });
        }
        canvas.marker().hide();
    }
}
