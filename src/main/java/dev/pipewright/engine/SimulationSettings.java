package dev.pipewright.engine;

import java.util.List;
import java.util.Objects;

/**
 * How to simulate an execution instead of running it: nothing is executed, each action takes a
 * simulated time and succeeds unless told to fail. Kept in the execution's record, so the history
 * tells a simulated execution from a real one.
 *
 * @param failures     actions that fail, as {@code Stage/Action}
 * @param failureRate  the chance, 0 to 1, that any other action fails
 * @param seed         makes the failures of a rate the same from one simulation to the next
 * @param speed        how many times faster than the real durations (1 = as long as they took)
 * @param stepThrough  pause before each action until {@link Simulation#step()} releases it
 */
public record SimulationSettings(List<String> failures, double failureRate, long seed, double speed,
                                 boolean stepThrough) {
    public SimulationSettings {
        failures = List.copyOf(Objects.requireNonNull(failures));
        if (failureRate < 0 || failureRate > 1 || Double.isNaN(failureRate)) {
            throw new IllegalArgumentException("the failure rate is a chance from 0 to 1, not " + failureRate);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the speed is a factor above 0 (1 = real time, 5 = five times "
                    + "faster), not " + speed);
        }
        for (String f : failures) {
            if (f.indexOf('/') <= 0 || f.endsWith("/")) {
                throw new IllegalArgumentException("'" + f + "' does not name an action: write STAGE/ACTION, "
                        + "e.g. Test/UnitTests");
            }
        }
    }

    /** Everything succeeds, at real speed, without pauses. */
    public static SimulationSettings plain() {
        return new SimulationSettings(List.of(), 0, 0, 1, false);
    }

    public SimulationSettings withFailures(List<String> actions) {
        return new SimulationSettings(actions, failureRate, seed, speed, stepThrough);
    }

    public SimulationSettings withFailureRate(double rate, long newSeed) {
        return new SimulationSettings(failures, rate, newSeed, speed, stepThrough);
    }

    public SimulationSettings withSpeed(double factor) {
        return new SimulationSettings(failures, failureRate, seed, factor, stepThrough);
    }

    public SimulationSettings withStepThrough(boolean on) {
        return new SimulationSettings(failures, failureRate, seed, speed, on);
    }
}
