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
    private MinimapRows rows;

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
        rows = MinimapRows.of(next, MAX_WIDTH, MAX_HEIGHT);
        redraw();
    }

    /** How the stages are folded into rows (one row unless the pipeline is long). */
    MinimapRows rows() {
        return rows;
    }

    /** Draws the stages, cards and the view; called on layout, scroll and zoom changes. */
    void redraw() {
        if (layout == null) {
            return;
        }
        double w = rows.width();
        double h = rows.height();
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
            rows.toMap(s.box()).forEach(b -> fill(g, b));
        }
        g.setFill(card);
        for (CardBox c : layout.cards()) {
            fill(g, rows.cardToMap(c.box()));
        }
        g.setStroke(view);
        g.setLineWidth(1.5);
        g.setFill(view.deriveColor(0, 1, 1, 0.08));
        for (Box part : rows.toMap(viewport.visibleWorld())) {
            double pw = Math.min(part.width(), w - part.x());
            double ph = Math.min(part.height(), h - part.y());
            g.strokeRect(part.x(), part.y(), pw, ph);
            g.fillRect(part.x(), part.y(), pw, ph);
        }
    }

    private static void fill(GraphicsContext g, Box b) {
        g.fillRect(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height()));
    }

    private void moveView(MouseEvent e) {
        if (layout != null) {
            double[] world = rows.toWorld(e.getX(), e.getY());
            viewport.centreOn(world[0], world[1]);
            redraw();
        }
        e.consume();
    }
}
