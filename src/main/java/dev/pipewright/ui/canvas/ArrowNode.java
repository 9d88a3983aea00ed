package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.Point;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/** An arrow: a polyline with a head, and for an artifact flow a label with the artifact's name. */
final class ArrowNode extends Group {

    private static final double HEAD_LENGTH = 8;

    private final Polyline line = new Polyline();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private Arrow arrow;

    ArrowNode(ArrowKey key) {
        getStyleClass().addAll("arrow", key instanceof ArrowKey.ArtifactFlow ? "flow" : "order");
        line.getStyleClass().add("arrow-line");
        head.getStyleClass().add("arrow-head");
        label.getStyleClass().add("arrow-label");
        label.setManaged(false);
        setAutoSizeChildren(false);
        getChildren().addAll(line, head);
    }

    boolean update(Arrow next) {
        if (next.equals(arrow)) {
            return false;
        }
        arrow = next;
        var points = next.points();
        Point tip = next.head();
        Point before = points.get(points.size() - 2);
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        line.getPoints().clear();
        for (int i = 0; i < points.size() - 1; i++) {
            line.getPoints().addAll(points.get(i).x(), points.get(i).y());
        }
        // the line ends at the head's base so that the tip stays sharp
        line.getPoints().addAll(tip.x() - Math.cos(angle) * HEAD_LENGTH, tip.y() - Math.sin(angle) * HEAD_LENGTH);
        double spread = Math.toRadians(28);
        double len = HEAD_LENGTH + 1;
        head.getPoints().setAll(tip.x(), tip.y(),
                tip.x() - len * Math.cos(angle - spread), tip.y() - len * Math.sin(angle - spread),
                tip.x() - len * Math.cos(angle + spread), tip.y() - len * Math.sin(angle + spread));
        getChildren().remove(label);
        next.label().ifPresent(l -> {
            label.setText(l.text());
            getChildren().add(label);
        });
        requestLayout();
        return true;
    }

    /** Centres the label where the layout says, once CSS has given it its font. */
    @Override
    protected void layoutChildren() {
        arrow.label().ifPresent(l -> {
            label.applyCss();
            label.autosize();
            label.relocate(Math.round(l.center().x() - label.getWidth() / 2),
                    Math.round(l.center().y() - label.getHeight() / 2));
        });
    }
}
