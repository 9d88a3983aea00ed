package dev.pipewright.ui.tour;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.ui.state.WindowState;
import java.util.List;

/**
 * The seven steps of the guided tour, over the real window: the palette, a stage, an action, two
 * actions in parallel, an artifact, a run, an approval. Each step that asks for something is done
 * when the window's state shows it done, counted from where the pipeline was when the step began
 * (a pipeline that already has stages still asks for one more).
 */
public final class TourSteps {

    private TourSteps() {
    }

    /** The steps, their "done" read from {@code state}; {@code atStart} is the pipeline when a step began. */
    public static List<TourStep> of(WindowState state, StepStart atStart) {
        return List.of(
                TourStep.showing("palette", "The palette",
                        "Everything a pipeline is made of is here: a Stage, and every kind of action grouped by "
                                + "category (Source, Build, Test, Deploy, Approval, Invoke). Hover over an item to "
                                + "read what it is.", "#palette"),
                new TourStep("stage", "Drag a stage",
                        "Drag the Stage item onto the canvas. Stages run one after another, left to right, like "
                                + "the stations of an assembly line.", "#palette-Stage",
                        () -> count(state, p -> p.stages().size()) > atStart.count(p -> p.stages().size())),
                new TourStep("action", "Drag an action",
                        "Drag Shell commands onto a stage: an action is one job a stage does. Its card shows its "
                                + "category, provider and, during a run, its state.", "#palette-Build-Shell",
                        () -> count(state, TourSteps::actions) > atStart.count(TourSteps::actions)),
                new TourStep("parallel", "Make two actions parallel",
                        "Drop a second action right onto a card: both get the same runOrder and run at the same "
                                + "time, in a dashed \"run together\" bracket. Dropped after a card, it runs after it.",
                        ".card",
                        () -> count(state, TourSteps::parallelGroups) > atStart.count(TourSteps::parallelGroups)),
                new TourStep("artifact", "Connect an artifact",
                        "Drag from a card's port (the dot on its right edge) onto an action in a later stage: the "
                                + "second action takes the first one's output artifact, the files it made, and runs "
                                + "after it. The blue arrow is named after the artifact.", ".port",
                        () -> count(state, TourSteps::inputs) > atStart.count(TourSteps::inputs)),
                new TourStep("run", "Run it",
                        "Press Run (F5), or Run → Simulate to see the run without executing anything. Each card "
                                + "turns colour as its action runs; a card that waits says why when you hover it.",
                        "#cmd-run", () -> state.executionProperty().get().isPresent()),
                new TourStep("approve", "Approve a gate",
                        "A Manual approval action stops the run until someone decides: click its card when it waits "
                                + "and choose Approve or Reject. Try it with the \"Approval gate\" sample (File → "
                                + "Examples).", ".card",
                        () -> state.executionProperty().get().map(TourSteps::decided).orElse(false)));
    }

    /** The pipeline as it was when the current step began, to count what the person added since. */
    @FunctionalInterface
    public interface StepStart {
        int count(java.util.function.ToIntFunction<Pipeline> what);
    }

    private static int count(WindowState state, java.util.function.ToIntFunction<Pipeline> what) {
        Pipeline p = state.pipelineProperty().get();
        return p == null ? 0 : what.applyAsInt(p);
    }

    static int actions(Pipeline p) {
        return p.stages().stream().mapToInt(s -> s.actions().size()).sum();
    }

    /** Groups (a stage's actions of one runOrder) of two actions or more. */
    static int parallelGroups(Pipeline p) {
        int groups = 0;
        for (Stage s : p.stages()) {
            groups += (int) s.actions().stream().collect(java.util.stream.Collectors.groupingBy(Action::runOrder,
                    java.util.stream.Collectors.counting())).values().stream().filter(n -> n > 1).count();
        }
        return groups;
    }

    static int inputs(Pipeline p) {
        return p.stages().stream().flatMap(s -> s.actions().stream()).mapToInt(a -> a.inputArtifacts().size()).sum();
    }

    private static boolean decided(ExecutionRecord record) {
        return record.stages().stream().flatMap(s -> s.actions().stream())
                .anyMatch(a -> a.approval() != null && a.approval().isDecided() && a.status() != ActionStatus.WAITING);
    }

}
