package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Decides what a press starts, from what lies under the pointer (asked of the layout, not of
 * nodes): a port starts a connection, a card a move, a header a stage move, an arrow is selected,
 * empty space starts a marquee; the middle button or space pans. Double-click renames.
 */
final class PointerGestures {

    private static final double ARROW_TOLERANCE = 5;
    /** Stage-order arrows are short and sit in open space: a little more room to hit them. */
    private static final double STAGE_ARROW_TOLERANCE = 8;

    private final GestureSurface canvas;
    private Gesture active;
    private boolean spaceHeld;

    PointerGestures(GestureSurface canvas) {
        this.canvas = canvas;
        Node world = canvas.viewport().world;
        world.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        world.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null && !fromTextField(e)) {
                active.drag(point(e), e);
                e.consume();
            }
        });
        world.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (active != null && !fromTextField(e)) {
                Gesture done = active;
                active = null;
                done.release(point(e), e);
                e.consume();
            }
        });
        world.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    void setSpaceHeld(boolean held) {
        spaceHeld = held;
    }

    /** Abandons the gesture in progress, undoing its preview. */
    void cancel() {
        if (active != null) {
            active.cancel();
            active = null;
        }
    }

    private static Point point(MouseEvent e) {
        return new Point(e.getX(), e.getY());
    }

    private static boolean fromTextField(MouseEvent e) {
        for (Object n = e.getTarget(); n instanceof Node node; n = node.getParent()) {
            if (node instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void pressed(MouseEvent e) {
        if (fromTextField(e)) {
            return;
        }
        canvas.focus();
        cancel();
        Point p = point(e);
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceHeld) {
            active = new PanGesture(canvas.viewport(), e);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean modifier = e.isShiftDown() || e.isShortcutDown() || e.isControlDown();
        PipelineLayout layout = canvas.currentLayout();
        Optional<ActionRef> port = layout.outputPortAt(p.x(), p.y());
        Optional<ActionRef> card = layout.cardAt(p.x(), p.y());
        Optional<String> header = layout.stageHeaderAt(p.x(), p.y());
        Optional<Arrow> arrow = layout.arrowAt(p.x(), p.y(), ARROW_TOLERANCE)
                .filter(a -> a.key() instanceof ArrowKey.ArtifactFlow);
        if (port.isPresent()) {
            active = new ConnectGesture(canvas, port.get(), layout.card(port.get()).orElseThrow().outputPort());
        } else if (card.isPresent()) {
            var item = new CanvasItem.CardItem(card.get());
            boolean wasSelected = canvas.selection().contains(item);
            if (modifier) {
                canvas.selection().toggle(item);
            } else if (!wasSelected) {
                canvas.selection().selectOnly(item);
            }
            // a plain press on a card of a multi-selection keeps it, so that all of them can be dragged
            active = canvas.selection().contains(item)
                    ? new CardMoveGesture(canvas, p, card.get(), !modifier && wasSelected) : null;
        } else if (header.isPresent()) {
            var item = new CanvasItem.StageItem(header.get());
            if (modifier) {
                canvas.selection().toggle(item);
            } else {
                canvas.selection().selectOnly(item);
            }
            active = new StageMoveGesture(canvas, p, header.get());
        } else if (arrow.isPresent()) {
            var flow = (ArrowKey.ArtifactFlow) arrow.get().key();
            var item = new CanvasItem.ConnectionItem(flow.artifact(), flow.producer(), flow.consumer());
            if (modifier) {
                canvas.selection().toggle(item);
            } else {
                canvas.selection().selectOnly(item);
            }
        } else if (stageArrowAt(layout, p).isPresent()) {
            // a click on it toggles the transition (see clicked); a press there starts nothing
            active = null;
        } else {
            active = new MarqueeGesture(canvas, p, modifier);
        }
        e.consume();
    }

    /** The stage that a stage-order arrow within reach of {@code p} leads into. */
    private static Optional<String> stageArrowAt(PipelineLayout layout, Point p) {
        return layout.arrows().stream()
                .filter(a -> a.key() instanceof ArrowKey.StageOrder && a.distanceTo(p) <= STAGE_ARROW_TOLERANCE)
                .map(a -> ((ArrowKey.StageOrder) a.key()).to())
                .findFirst();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || fromTextField(e)) {
            return;
        }
        Point p = point(e);
        PipelineLayout layout = canvas.currentLayout();
        if (e.getClickCount() == 1) {
            boolean onSomethingElse = layout.cardAt(p.x(), p.y()).isPresent() || layout.stageHeaderAt(p.x(), p.y()).isPresent();
            if (e.isStillSincePress() && !onSomethingElse) {
                stageArrowAt(layout, p).ifPresent(stage -> {
                    canvas.listener().onToggleTransition(stage);
                    e.consume();
                });
            }
            return;
        }
        if (e.getClickCount() != 2) {
            return;
        }
        Optional<ActionRef> card = layout.cardAt(p.x(), p.y());
        if (card.isPresent()) {
            canvas.rename(new CanvasItem.CardItem(card.get()));
        } else {
            layout.stageHeaderAt(p.x(), p.y()).ifPresent(s -> canvas.rename(new CanvasItem.StageItem(s)));
        }
        e.consume();
    }
}
