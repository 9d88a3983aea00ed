package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A stage's column: a panel with the stage's name in a header strip, and during a run its status and time there. */
final class StageNode extends Region {

    record Model(String name, Box box, Box header, Optional<CanvasProblem> problem) {
    }

    private final Label header = new Label();
    private final StatusMark status = new StatusMark(this);
    private Model model;

    StageNode() {
        getStyleClass().add("stage");
        header.getStyleClass().add("stage-header");
        header.setTextOverrun(OverrunStyle.ELLIPSIS);
        setManaged(false);
        status.time.getStyleClass().add("stage-time");
        getChildren().addAll(header, status.icon, status.time);
    }

    Model model() {
        return model;
    }

    boolean update(Model next) {
        if (next.equals(model)) {
            return false;
        }
        model = next;
        header.setText(next.name());
        CanvasStates.problem(this, next.problem());
        Tooltip.install(this, null);
        next.problem().ifPresent(p -> Tooltip.install(this, new Tooltip(p.message())));
        Box b = next.box();
        resizeRelocate(b.x(), b.y(), b.width(), b.height());
        return true;
    }

    StatusMark status() {
        return status;
    }

    /** Shows the run status {@code next} (empty: none); returns false, touching nothing, when unchanged. */
    boolean showRun(Optional<RunBadge> next, RunTicker ticker) {
        if (!status.show(next, ticker)) {
            return false;
        }
        requestLayout();
        return true;
    }

    @Override
    protected void layoutChildren() {
        if (model == null) {
            return;
        }
        double w = getWidth();
        double h = model.header().height();
        double right = w - 12;
        if (status.isShown()) {
            right -= StatusMark.ICON_SIZE;
            status.icon.resizeRelocate(right, (h - StatusMark.ICON_SIZE) / 2, StatusMark.ICON_SIZE, StatusMark.ICON_SIZE);
            double timeWidth = status.timeWidth();
            if (timeWidth > 0) {
                right -= timeWidth + 6;
                status.time.resizeRelocate(right, (h - 17) / 2, timeWidth, 17);
            }
            right -= 4;
        }
        // the header keeps its full width (its bottom border is the header's rule); the status is
        // kept clear of the name by the header's right padding
        String padding = "-fx-padding: 0 " + Math.max(14, Math.round(w - right)) + " 0 14;";
        if (!padding.equals(header.getStyle())) {
            header.setStyle(padding);
        }
        header.resizeRelocate(0, 0, w, h);
    }
}
