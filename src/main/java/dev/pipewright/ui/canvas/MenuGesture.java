package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Right-click (or Shift+F10, or the Menu key) on the canvas: selects what is under the pointer, so
 * that the inspector shows what the menu's commands act on, then asks for its menu. Keeps a
 * selection of several when the click is on one of them, as file managers do.
 */
final class MenuGesture {

    private static final double ARROW_TOLERANCE = 5;
    private static final double STAGE_ARROW_TOLERANCE = 8;

    private final GestureSurface canvas;
    /** The canvas's node: where the menu's events arrive, and where the menu opens with nothing selected. */
    private final Node target;
    private Consumer<MenuRequest> handler = r -> { };
    private boolean opening;
    private boolean pressHandled;

    MenuGesture(GestureSurface canvas, Node target) {
        this.canvas = canvas;
        this.target = target;
        // the right button's press opens the menu; not every platform sends a context-menu event
        // for it (headless Monocle does not), and one that does sends it as well: that one is skipped
        target.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !canvas.isRenaming()) {
                pressHandled = true;
                Point2D p = canvas.viewport().world.sceneToLocal(e.getSceneX(), e.getSceneY());
                fromPointer(new Point(p.getX(), p.getY()), e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (canvas.isRenaming()) {
                return;
            }
            if (e.isKeyboardTrigger()) {
                fromKeyboard();
            } else if (!pressHandled) {
                Point2D p = canvas.viewport().world.sceneToLocal(e.getSceneX(), e.getSceneY());
                fromPointer(new Point(p.getX(), p.getY()), e.getScreenX(), e.getScreenY());
            }
            pressHandled = false;
            e.consume();
        });
        target.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean menuKey = e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
            if (menuKey && !canvas.isRenaming()) {
                fromKeyboard();
                e.consume();
            }
        });
    }

    boolean isOpening() {
        return opening;
    }

    void setHandler(Consumer<MenuRequest> next) {
        handler = next;
    }

    private void fromPointer(Point p, double screenX, double screenY) {
        Optional<CanvasItem> target = itemAt(canvas.currentLayout(), p);
        CanvasSelection selection = canvas.selection();
        opening = true;
        try {
            if (target.isEmpty()) {
                selection.clear();
            } else if (!selection.contains(target.get())) {
                selection.selectOnly(target.get());
            }
        } finally {
            opening = false;
        }
        handler.accept(new MenuRequest(target, screenX, screenY));
    }

    /** For the selection (its first item), at that item; for the canvas at its middle when nothing is selected. */
    private void fromKeyboard() {
        Optional<CanvasItem> first = canvas.selection().items().stream().findFirst();
        Node at = first.flatMap(i -> canvas.sync().node(i)).map(n -> (Node) n).orElse(target);
        Bounds b = at.localToScreen(at.getBoundsInLocal());
        if (b == null) {
            return;
        }
        double x = Math.min(b.getMinX() + b.getWidth() / 2, b.getMinX() + 40);
        handler.accept(new MenuRequest(first, x, b.getMinY() + Math.min(b.getHeight() / 2, 24)));
    }

    /** A card, a stage header, an artifact arrow, the arrow into a stage, a stage's body; else nothing. */
    static Optional<CanvasItem> itemAt(PipelineLayout layout, Point p) {
        Optional<ActionRef> card = layout.cardAt(p.x(), p.y());
        if (card.isPresent()) {
            return Optional.of(new CanvasItem.CardItem(card.get()));
        }
        Optional<String> header = layout.stageHeaderAt(p.x(), p.y());
        if (header.isPresent()) {
            return Optional.of(new CanvasItem.StageItem(header.get()));
        }
        Optional<Arrow> flow = layout.arrowAt(p.x(), p.y(), ARROW_TOLERANCE)
                .filter(a -> a.key() instanceof ArrowKey.ArtifactFlow);
        if (flow.isPresent()) {
            var key = (ArrowKey.ArtifactFlow) flow.get().key();
            return Optional.of(new CanvasItem.ConnectionItem(key.artifact(), key.producer(), key.consumer()));
        }
        Optional<String> into = layout.arrows().stream()
                .filter(a -> a.key() instanceof ArrowKey.StageOrder && a.distanceTo(p) <= STAGE_ARROW_TOLERANCE)
                .map(a -> ((ArrowKey.StageOrder) a.key()).to()).findFirst();
        if (into.isPresent()) {
            return Optional.of(new CanvasItem.StageItem(into.get()));
        }
        return layout.stages().stream().filter(s -> s.box().contains(p.x(), p.y()))
                .map(s -> (CanvasItem) new CanvasItem.StageItem(s.stage())).findFirst();
    }
}
