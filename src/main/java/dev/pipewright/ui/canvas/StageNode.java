package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A stage's column: a panel with the stage's name in a header strip. */
final class StageNode extends Region {

    record Model(String name, Box box, Box header, Optional<CanvasProblem> problem) {
    }

    private final Label header = new Label();
    private Model model;

    StageNode() {
        getStyleClass().add("stage");
        header.getStyleClass().add("stage-header");
        header.setTextOverrun(OverrunStyle.ELLIPSIS);
        setManaged(false);
        getChildren().add(header);
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

    @Override
    protected void layoutChildren() {
        if (model != null) {
            header.resizeRelocate(0, 0, getWidth(), model.header().height());
        }
    }
}
