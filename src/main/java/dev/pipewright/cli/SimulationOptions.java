package dev.pipewright.cli;

import dev.pipewright.engine.SimulationSettings;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code run --simulate}: run nothing, fail on purpose, go faster, step through. */
final class SimulationOptions {

    @Option(names = "--simulate",
            description = "Run nothing: each action takes a simulated time (its last real run, or a typical one), "
                    + "succeeds unless told to fail, and gives plausible output variables and artifacts (inside "
                    + "the runs folder). Approval gates still wait for a decision.")
    boolean simulate;

    @Option(names = "--fail", paramLabel = "STAGE/ACTION",
            description = "With --simulate: this action fails (repeatable).")
    List<String> failures = new ArrayList<>();

    @Option(names = "--failure-rate", paramLabel = "CHANCE",
            description = "With --simulate: every other action fails with this chance, 0 to 1 (see --seed).")
    Double failureRate;

    @Option(names = "--seed", paramLabel = "N",
            description = "With --failure-rate: the same seed fails the same actions (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--speed", paramLabel = "N",
            description = "With --simulate: N times faster than the real durations (default ${DEFAULT-VALUE}).")
    double speed = 1;

    @Option(names = "--step",
            description = "With --simulate: pause before each action; press Enter to start it.")
    boolean step;

    /** The settings asked for, checked against the pipeline; empty for a real run. */
    Optional<SimulationSettings> settings(Pipeline pipeline) {
        if (!simulate) {
            if (!failures.isEmpty() || failureRate != null || step || speed != 1) {
                throw new UserError("--fail, --failure-rate, --speed and --step only go with --simulate "
                        + "(a real run cannot be told to fail)");
            }
            return Optional.empty();
        }
        for (String failure : failures) {
            int slash = failure.indexOf('/');
            String stage = slash < 0 ? failure : failure.substring(0, slash);
            String action = slash < 0 ? "" : failure.substring(slash + 1);
            Optional<Stage> found = pipeline.stages().stream().filter(s -> s.name().equals(stage)).findFirst();
            if (found.isEmpty() || found.get().actions().stream().noneMatch(a -> a.name().equals(action))) {
                throw new UserError("--fail " + failure + ": the pipeline has no action " + failure + "; its actions are "
                        + pipeline.stages().stream().flatMap(s -> s.actions().stream().map(a -> s.name() + "/" + a.name()))
                        .toList());
            }
        }
        try {
            return Optional.of(new SimulationSettings(failures, failureRate == null ? 0 : failureRate, seed, speed, step));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
