package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.Point;
import java.util.Optional;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Draws a rubber band from a card's output port. Over a card the window's validity function
 * decides: the card and the band show {@code :forbidden} (with the reason as the band's tooltip)
 * or {@code :drop-target}; releasing over an allowed card reports the connection.
 */
final class ConnectGesture implements Gesture {

    private final GestureSurface canvas;
    private final ActionRef from;
    private final Line band = new Line();
    private ActionRef over;

    ConnectGesture(GestureSurface canvas, ActionRef from, Point start) {
        this.canvas = canvas;
        this.from = from;
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setStartX(start.x());
        band.setStartY(start.y());
        band.setEndX(start.x());
        band.setEndY(start.y());
        canvas.overlay().getChildren().add(band);
    }

    @Override
    public void drag(Point world, MouseEvent e) {
        band.setEndX(world.x());
        band.setEndY(world.y());
        ActionRef target = canvas.currentLayout().cardAt(world.x(), world.y()).filter(r -> !r.equals(from)).orElse(null);
        if (!java.util.Objects.equals(target, over)) {
            unmark();
            over = target;
            if (over != null) {
                Optional<String> why = canvas.whyNotConnect(from, over);
                canvas.sync().card(over).ifPresent(n -> {
                    n.pseudoClassStateChanged(CanvasStates.FORBIDDEN, why.isPresent());
                    n.pseudoClassStateChanged(CanvasStates.DROP_TARGET, why.isEmpty());
                });
                band.pseudoClassStateChanged(CanvasStates.FORBIDDEN, why.isPresent());
                why.ifPresent(reason -> canvas.showHint(reason, world));
            }
        }
    }

    /** Whether the band is over a card the validity function refuses (for tests and tooltips). */
    boolean forbidden() {
        return band.getPseudoClassStates().contains(CanvasStates.FORBIDDEN);
    }

    @Override
    public void release(Point world, MouseEvent e) {
        ActionRef target = over;
        boolean allowed = target != null && canvas.whyNotConnect(from, target).isEmpty();
        cancel();
        if (allowed) {
            canvas.listener().onConnect(from, target);
        }
    }

    private void unmark() {
        if (over != null) {
            canvas.sync().card(over).ifPresent(n -> {
                n.pseudoClassStateChanged(CanvasStates.FORBIDDEN, false);
                n.pseudoClassStateChanged(CanvasStates.DROP_TARGET, false);
            });
        }
        band.pseudoClassStateChanged(CanvasStates.FORBIDDEN, false);
        canvas.hideHint();
    }

    @Override
    public void cancel() {
        unmark();
        over = null;
        canvas.overlay().getChildren().remove(band);
    }
}
