package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.ui.canvas.CanvasItem;
import java.util.List;

/** What the inspector shows: the pipeline, one stage, one action, one connection, or a count of several things. */
public sealed interface Selected {

    record Pipeline() implements Selected {
    }

    record OneStage(String stage) implements Selected {
    }

    record OneAction(ActionRef action) implements Selected {
    }

    /** The flow of {@code artifact} from one action into another: an arrow on the canvas. */
    record OneConnection(String artifact, ActionRef producer, ActionRef consumer) implements Selected {
    }

    record Several(int count) implements Selected {
    }

    /** What the inspector shows for a selection on the canvas: nothing selected is the pipeline. */
    static Selected of(List<CanvasItem> selection) {
        if (selection.isEmpty()) {
            return new Pipeline();
        }
        if (selection.size() > 1) {
            return new Several(selection.size());
        }
        CanvasItem only = selection.get(0);
        if (only instanceof CanvasItem.CardItem card) {
            return new OneAction(card.ref());
        }
        if (only instanceof CanvasItem.StageItem stage) {
            return new OneStage(stage.stage());
        }
        if (only instanceof CanvasItem.ConnectionItem flow) {
            return new OneConnection(flow.artifact(), flow.producer(), flow.consumer());
        }
        return new Several(1);
    }
}
