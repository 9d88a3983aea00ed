package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.Simulation;
import dev.pipewright.engine.SimulationSettings;
import dev.pipewright.ui.state.WindowState;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The window's side of a simulation: the settings a new one starts with (the cards marked to fail,
 * the speed, step-through, all in the window's state), and the simulation on screen kept in step
 * with them while it runs: a card marked or cleared, the speed changed, step-through turned off,
 * Continue. Which actions step-through holds is read from the engine a few times a second while
 * the simulation runs, since holding an action changes nothing in its record and sends no event.
 */
public final class SimulationControl {

    private static final long PAUSE_LOOK_MILLIS = 100;
    private static final ScheduledExecutorService PAUSE_WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pipewright-step-through");
        thread.setDaemon(true);
        return thread;
    });

    private final WindowState state;
    private Execution shown; // a simulated execution on screen, live in this window
    private ScheduledFuture<?> watching;

    public SimulationControl(WindowState state) {
        this.state = state;
        state.failInSimulationProperty().addListener((o, was, now) -> live().ifPresent(sim -> {
            for (ActionRef cleared : minus(was, now)) {
                sim.clearFailure(cleared.stage(), cleared.action());
            }
            for (ActionRef marked : minus(now, was)) {
                sim.fail(marked.stage(), marked.action());
            }
        }));
        state.simulationSpeedProperty().addListener((o, was, now) -> live().ifPresent(sim -> sim.setSpeed(now.doubleValue())));
        state.stepThroughProperty().addListener((o, was, on) -> live().ifPresent(sim -> sim.setStepThrough(on)));
    }

    /** What a simulation started now does: the marked cards fail, at the chosen speed, stepping or not. */
    public SimulationSettings settings() {
        List<String> failures = state.failInSimulationProperty().get().stream()
                .map(a -> a.stage() + "/" + a.action()).sorted().toList();
        return SimulationSettings.plain().withFailures(failures).withSpeed(state.simulationSpeedProperty().get())
                .withStepThrough(state.stepThroughProperty().get());
    }

    /** Marks the action to fail in a simulation, or clears the mark. */
    public void toggleFailure(ActionRef action) {
        var next = new HashSet<>(state.failInSimulationProperty().get());
        if (!next.remove(action)) {
            next.add(action);
        }
        state.failInSimulationProperty().set(java.util.Set.copyOf(next));
    }

    /** Starts the actions step-through holds now; returns how many. */
    public int step() {
        int released = live().map(Simulation::step).orElse(0);
        lookAtPauses();
        return released;
    }

    /**
     * Starts {@code count} simulated executions of {@code request} one after another (each once the
     * one before has reached its first stage), off the FX thread; {@code show} gets the newest.
     */
    void startCommits(dev.pipewright.engine.Engine engine, dev.pipewright.engine.RunRequest request, int count,
                      java.util.function.Consumer<Execution> show) {
        var simulated = request.simulated(settings());
        String name = request.pipeline().name() + " (" + request.pipeline().executionMode() + " mode)";
        state.statusProperty().set("Simulating " + count + " commits of " + name + "…");
        var starting = new Thread(() -> {
            try {
                List<Execution> started = dev.pipewright.engine.SimulatedChanges.start(engine, simulated, count);
                Platform.runLater(() -> {
                    show.accept(started.get(started.size() - 1));
                    state.statusProperty().set("Simulated " + count + " commits of " + name
                            + ": the newest is shown; the History lists all " + count + ".");
                });
            } catch (dev.pipewright.engine.StartRefusedException e) {
                Platform.runLater(() -> state.statusProperty().set("Not simulating: " + String.join("; ", e.reasons())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pipewright-simulated-commits");
        starting.setDaemon(true);
        starting.start();
    }

    /** The execution on screen (none, or a live one): follow it if it is a simulation running here. */
    void show(Optional<Execution> execution) {
        Execution next = execution.filter(e -> e.simulation().isPresent()).orElse(null);
        if (next == shown && (next == null || watching != null)) {
            return; // the same one, already followed
        }
        shown = next;
        if (watching != null) {
            watching.cancel(false);
            watching = null;
        }
        if (shown != null) {
            Execution followed = shown;
            ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
            self[0] = PAUSE_WATCH.scheduleWithFixedDelay(() -> {
                List<ActionRef> paused = followed.simulation().map(Simulation::paused).orElse(List.of()).stream()
                        .map(SimulationControl::ref).toList();
                boolean ended = followed.record().status().isFinal();
                Platform.runLater(() -> {
                    if (shown == followed && !paused.equals(state.pausedProperty().get())) {
                        state.pausedProperty().set(paused);
                    }
                });
                if (ended && paused.isEmpty()) {
                    synchronized (self) {
                        if (self[0] != null) {
                            self[0].cancel(false); // a retry shows the execution again, and watches again
                        }
                    }
                }
            }, 0, PAUSE_LOOK_MILLIS, TimeUnit.MILLISECONDS);
            synchronized (self) {
                watching = self[0];
            }
        } else {
            state.pausedProperty().set(List.of());
        }
    }

    private void lookAtPauses() {
        state.pausedProperty().set(live().map(Simulation::paused).orElse(List.of()).stream()
                .map(SimulationControl::ref).toList());
    }

    private Optional<Simulation> live() {
        return Optional.ofNullable(shown).flatMap(Execution::simulation);
    }

    private static ActionRef ref(String stageSlashAction) {
        int slash = stageSlashAction.indexOf('/');
        return new ActionRef(stageSlashAction.substring(0, slash), stageSlashAction.substring(slash + 1));
    }

    private static java.util.Set<ActionRef> minus(java.util.Set<ActionRef> a, java.util.Set<ActionRef> b) {
        var rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
