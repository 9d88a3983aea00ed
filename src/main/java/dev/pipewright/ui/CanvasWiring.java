package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.run.RunBadges;
import dev.pipewright.ui.state.WindowState;
import java.util.List;
import javafx.collections.SetChangeListener;

/**
 * The canvas and the window's state, tied: the canvas draws the state's pipeline with its
 * problems, the execution on screen and the disabled transitions, and its selection is the
 * state's. (The canvas knows nothing of the state: it is a part other windows could use.)
 */
final class CanvasWiring {

    private CanvasWiring() {
    }

    static void tie(PipelineCanvas canvas, WindowState state, Providers providers) {
        state.validationsProperty().addListener((o, was, now) -> {
            Pipeline pipeline = state.pipelineProperty().get();
            if (pipeline != null) {
                canvas.setPipeline(pipeline);
                canvas.setProblems(CanvasProblems.of(pipeline, state.problemsProperty().get(), providers));
            }
        });
        state.executionProperty().addListener((o, was, now) -> now.ifPresentOrElse(
                record -> canvas.setRunState(RunBadges.of(record)), canvas::clearRunState));
        state.disabledTransitionsProperty().addListener((o, was, now) -> canvas.setDisabledTransitions(now));
        dev.pipewright.ui.run.CardNotes.follow(state, canvas); // marks to fail in a simulation, why a card waits
        canvas.getSelection().addListener((SetChangeListener<CanvasItem>) c ->
                state.selectionProperty().set(List.copyOf(canvas.getSelection())));
    }
}
