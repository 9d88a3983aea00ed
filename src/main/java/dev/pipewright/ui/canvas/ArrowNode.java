package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Arrow;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.Point;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * An arrow: a polyline with a head, and for an artifact flow a label with the artifact's name.
 * During a run it is {@code :passed} once the run has gone along it; a stage-order arrow into a
 * stage whose inbound transition is disabled is {@code :closed} and carries a lock.
 */
final class ArrowNode extends Group {

    private static final double HEAD_LENGTH = 8;

    private final Polyline line = new Polyline();
    private final Polygon head = new Polygon();
    private final Label label = new Label();
    private final StackPane lock = new StackPane(new FontIcon(MaterialDesignL.LOCK));
    private final ArrowKey key;
    private Arrow arrow;
    private boolean passed;
    private boolean closed;
    private Tooltip tooltip;

    ArrowNode(ArrowKey key) {
        this.key = key;
        getStyleClass().addAll("arrow", key instanceof ArrowKey.ArtifactFlow ? "flow" : "order",
                key instanceof ArrowKey.StageOrder ? "stage-order" : key instanceof ArrowKey.GroupOrder ? "group-order" : "artifact");
        lock.getStyleClass().add("transition-lock");
        lock.setManaged(false);
        installTooltip();
        line.getStyleClass().add("arrow-line");
        head.getStyleClass().add("arrow-head");
        label.getStyleClass().add("arrow-label");
        label.setManaged(false);
        setAutoSizeChildren(false);
        getChildren().addAll(line, head);
    }

    ArrowKey key() {
        return key;
    }

    boolean isPassed() {
        return passed;
    }

    boolean showsLock() {
        return lock.getParent() == this;
    }

    /** Marks the arrow passed and closed; returns false, touching nothing, when unchanged. */
    boolean showRun(boolean nextPassed, boolean nextClosed) {
        if (nextPassed == passed && nextClosed == closed) {
            return false;
        }
        passed = nextPassed;
        closed = nextClosed;
        pseudoClassStateChanged(CanvasStates.PASSED, passed);
        pseudoClassStateChanged(CanvasStates.CLOSED, closed);
        if (closed && lock.getParent() == null) {
            getChildren().add(lock);
        } else if (!closed) {
            getChildren().remove(lock);
        }
        installTooltip();
        requestLayout();
        return true;
    }

    /** On a stage-order arrow, what a click does; one tooltip whose text follows the state. */
    private void installTooltip() {
        if (tooltip == null && !(key instanceof ArrowKey.StageOrder)) {
            // an order or artifact arrow explains itself once the pointer comes: a large pipeline has thousands
            if (getOnMouseEntered() == null) {
                setOnMouseEntered(e -> {
                    setOnMouseEntered(null);
                    makeTooltip();
                });
            }
            return;
        }
        makeTooltip();
    }

    private void makeTooltip() {
        if (tooltip == null) {
            tooltip = dev.pipewright.ui.learn.ConceptTips.tooltip("");
            Tooltip.install(line, tooltip);
            Tooltip.install(head, tooltip);
            Tooltip.install(label, tooltip);
            Tooltip.install(lock, tooltip);
        }
        tooltip.setText(explanation());
    }

    /** What a click does (stage order) and what the arrow means, in the concepts' words. */
    private String explanation() {
        if (key instanceof ArrowKey.StageOrder order) {
            return dev.pipewright.ui.learn.ConceptTips.text(closed
                    ? "The transition into " + order.to() + " is disabled: click to enable it"
                    : "Click to disable the transition into " + order.to(), "transition");
        }
        if (key instanceof ArrowKey.GroupOrder order) {
            return dev.pipewright.ui.learn.ConceptTips.text("In " + order.stage() + ", the actions of runOrder "
                    + order.toRunOrder() + " start when those of runOrder " + order.fromRunOrder()
                    + " have all succeeded.", "runOrder");
        }
        var flow = (ArrowKey.ArtifactFlow) key;
        return dev.pipewright.ui.learn.ConceptTips.text(flow.producer().action() + " hands its output artifact "
                + flow.artifact() + " to " + flow.consumer().action() + ", which runs after it.", "artifact");
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

    /** Centres the label where the layout says, and the lock halfway, once CSS has given them their size. */
    @Override
    protected void layoutChildren() {
        if (closed) {
            Point from = arrow.points().get(0);
            Point to = arrow.head();
            lock.applyCss();
            lock.autosize();
            lock.relocate(Math.round((from.x() + to.x()) / 2 - lock.getWidth() / 2),
                    Math.round((from.y() + to.y()) / 2 - lock.getHeight() / 2));
        }
        arrow.label().ifPresent(l -> {
            label.applyCss();
            label.autosize();
            label.relocate(Math.round(l.center().x() - label.getWidth() / 2),
                    Math.round(l.center().y() - label.getHeight() / 2));
        });
    }
}
