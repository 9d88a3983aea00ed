package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import java.util.List;

/**
 * Every intent a person expresses on the canvas. The canvas never changes the pipeline itself:
 * the window turns each call into one edit (one undo step) and hands the result back through
 * {@link PipelineCanvas#setPipeline}. All methods do nothing by default.
 */
public interface CanvasListener {

    /**
     * A palette entry was dropped. {@code payload} is what the palette put on the dragboard under
     * {@link ProviderDrag#FORMAT}: {@code "Category/ProviderId"}, or {@code "Stage"} (then the
     * placement is always a {@link Placement.NewStage}).
     */
    default void onDropProvider(String payload, Placement placement) {
    }

    /** Cards were dragged to {@code placement}; {@code actions} in pipeline order. */
    default void onMove(List<ActionRef> actions, Placement placement) {
    }

    /** A stage was dragged so that it becomes the {@code index}-th stage (after the move). */
    default void onMoveStage(String stage, int index) {
    }

    /** A line was drawn from {@code from}'s output port to {@code to}, and canConnect allowed it. */
    default void onConnect(ActionRef from, ActionRef to) {
    }

    /** The selected connection was deleted: {@code consumer} should stop taking {@code artifact}. */
    default void onDeleteConnection(String artifact, ActionRef consumer) {
    }

    /** A stage or card was renamed in place; {@code newName} is trimmed, non-empty and different. */
    default void onRename(CanvasItem item, String newName) {
    }

    /** Delete or Backspace: the whole selection (stages, cards and connections), as one edit. */
    default void onDelete(List<CanvasItem> items) {
    }

    /** An arrow key with stages or cards selected. */
    default void onNudge(List<CanvasItem> items, Nudge direction) {
    }

    /**
     * The arrow into {@code stage} from the stage before it was clicked: the window enables the
     * transition if it is disabled, disables it otherwise, and shows the result through
     * {@link PipelineCanvas#setDisabledTransitions}.
     */
    default void onToggleTransition(String stage) {
    }
}
