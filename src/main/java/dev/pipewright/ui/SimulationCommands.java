package dev.pipewright.ui;

import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.run.RunController;
import dev.pipewright.ui.state.WindowState;
import java.util.Optional;
import javafx.beans.binding.Bindings;

/**
 * The Run menu's simulation commands, wired to the run controller and enabled by the window's
 * state: Simulate, Simulate 3 Commits, Continue, Fail in Simulation (on the selected card), and the
 * speed (1×, 5×) and step-through toggles.
 */
final class SimulationCommands {

    private static final int COMMITS = 3;

    private SimulationCommands() {
    }

    static void wire(CommandBar commands, WindowState state, RunController runs, Runnable showLog) {
        var control = runs.simulation();
        commands.on(AppCommand.SIMULATE, () -> {
            runs.simulate();
            showLog.run();
        });
        commands.on(AppCommand.SIMULATE_COMMITS, () -> {
            runs.simulateCommits(COMMITS);
            showLog.run();
        });
        commands.on(AppCommand.CONTINUE, () -> {
            int n = control.step();
            state.statusProperty().set(n == 0 ? "Nothing is paused." : "Continued: " + n + (n == 1 ? " action starts."
                    : " actions start."));
        });
        commands.on(AppCommand.FAIL_IN_SIMULATION, () -> selectedCard(state).ifPresent(card -> {
            control.toggleFailure(card.ref());
            boolean marked = state.failInSimulationProperty().get().contains(card.ref());
            state.statusProperty().set(marked ? card.ref() + " will fail in a simulation (the mark is not saved in "
                    + "the pipeline)." : card.ref() + " will succeed in a simulation again; Retry goes on from a failure.");
        }));
        commands.on(AppCommand.SPEED_1, () -> state.simulationSpeedProperty().set(1));
        commands.on(AppCommand.SPEED_5, () -> state.simulationSpeedProperty().set(5));
        commands.on(AppCommand.STEP_THROUGH, () -> state.stepThroughProperty().set(!state.stepThroughProperty().get()));

        commands.selectedProperty(AppCommand.SPEED_1).bind(state.simulationSpeedProperty().isEqualTo(1, 0.001));
        commands.selectedProperty(AppCommand.SPEED_5).bind(state.simulationSpeedProperty().isEqualTo(5, 0.001));
        commands.selectedProperty(AppCommand.STEP_THROUGH).bind(state.stepThroughProperty());
        commands.selectedProperty(AppCommand.FAIL_IN_SIMULATION).bind(Bindings.createBooleanBinding(
                () -> selectedCard(state).map(c -> state.failInSimulationProperty().get().contains(c.ref())).orElse(false),
                state.selectionProperty(), state.failInSimulationProperty()));

        var closed = state.documentOpen().not();
        commands.disabledProperty(AppCommand.SIMULATE).bind(closed.or(state.runningProperty()));
        commands.disabledProperty(AppCommand.SIMULATE_COMMITS).bind(closed.or(state.runningProperty()));
        commands.disabledProperty(AppCommand.CONTINUE).bind(Bindings.createBooleanBinding(
                () -> state.pausedProperty().get().isEmpty(), state.pausedProperty()));
        commands.disabledProperty(AppCommand.FAIL_IN_SIMULATION).bind(Bindings.createBooleanBinding(
                () -> selectedCard(state).isEmpty(), state.selectionProperty()));
        // a mark of an action renamed or deleted since means nothing: drop it with the pipeline's change
        state.pipelineProperty().addListener((o, was, now) -> {
            if (now != null) {
                var kept = state.failInSimulationProperty().get().stream()
                        .filter(a -> now.stage(a.stage()).flatMap(st -> st.action(a.action())).isPresent())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
                if (!kept.equals(state.failInSimulationProperty().get())) {
                    state.failInSimulationProperty().set(kept);
                }
            }
        });
    }

    private static Optional<CanvasItem.CardItem> selectedCard(WindowState state) {
        var selection = state.selectionProperty().get();
        return selection.size() == 1 && selection.get(0) instanceof CanvasItem.CardItem card ? Optional.of(card)
                : Optional.empty();
    }
}
