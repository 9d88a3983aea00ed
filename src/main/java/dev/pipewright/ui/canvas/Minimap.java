package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.StageBox;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A small overview of the whole pipeline with the visible part outlined; click or drag in it to
 * move the view. Drawn on a Canvas so that thousands of cards cost one node. Colours come from
 * the stylesheet through the text fill and border colours of looked-up styles.
 */
public final class Minimap extends Region {

    static final double MAX_WIDTH = 220;
    static final double MAX_HEIGHT = 140;

    private final Canvas canvas = new Canvas();
    private final CanvasViewport viewport;
    private PipelineLayout layout;

    Minimap(CanvasViewport viewport) {
        this.viewport = viewport;
        getStyleClass().add("minimap");
        getChildren().add(canvas);
        setManaged(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    void show(PipelineLayout next) {
        layout = next;
        redraw();
    }

    private double ratio() {
        return Math.min(MAX_WIDTH / layout.width(), MAX_HEIGHT / layout.height());
    }

    /** Draws the stages, cards and the view; called on layout, scroll and zoom changes. */
    void redraw() {
        if (layout == null) {
            return;
        }
        double r = ratio();
        double w = Math.ceil(layout.width() * r);
        double h = Math.ceil(layout.height() * r);
        canvas.setWidth(w);
        canvas.setHeight(h);
        resize(w, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Color stage = Color.gray(0.5, 0.18);
        Color card = Color.gray(0.45, 0.55);
        Color view = Color.web("#0969da");
        g.setFill(stage);
        for (StageBox s : layout.stages()) {
            fill(g, s.box(), r);
        }
        g.setFill(card);
        for (CardBox c : layout.cards()) {
            fill(g, c.box(), r);
        }
        Box visible = viewport.visibleWorld();
        g.setStroke(view);
        g.setLineWidth(1.5);
        g.strokeRect(visible.x() * r, visible.y() * r, Math.min(visible.width() * r, w), Math.min(visible.height() * r, h));
        g.setFill(view.deriveColor(0, 1, 1, 0.08));
        g.fillRect(visible.x() * r, visible.y() * r, Math.min(visible.width() * r, w), Math.min(visible.height() * r, h));
    }

    private static void fill(GraphicsContext g, Box b, double r) {
        g.fillRect(b.x() * r, b.y() * r, Math.max(1, b.width() * r), Math.max(1, b.height() * r));
    }

    private void moveView(MouseEvent e) {
        if (layout != null) {
            double r = ratio();
            viewport.centreOn(e.getX() / r, e.getY() / r);
            redraw();
        }
        e.consume();
    }
}
