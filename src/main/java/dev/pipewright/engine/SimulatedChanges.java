package dev.pipewright.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Several simulated executions started in quick succession, as if changes were pushed one after
 * another ("simulate 3 commits"), to show what the execution mode does with them: SUPERSEDED lets
 * the newest overtake the waiting ones, QUEUED takes them in turn, PARALLEL runs them side by side.
 */
public final class SimulatedChanges {

    private static final Duration ARRIVAL_WAIT = Duration.ofSeconds(30);

    private SimulatedChanges() {
    }

    /**
     * Starts {@code count} simulated executions of the request, each once the one before has
     * reached its first stage (entered it or waits in front of it), so they arrive in order.
     */
    public static List<Execution> start(Engine engine, RunRequest request, int count)
            throws StartRefusedException, InterruptedException {
        if (count < 1) {
            throw new IllegalArgumentException("simulate at least one change, not " + count);
        }
        if (request.simulation().isEmpty()) {
            throw new IllegalArgumentException("the request must be simulated (RunRequest.simulated)");
        }
        var started = new ArrayList<Execution>();
        for (int i = 0; i < count; i++) {
            Execution execution = engine.start(request);
            started.add(execution);
            if (i < count - 1) {
                awaitArrival(execution);
            }
        }
        return List.copyOf(started);
    }

    private static void awaitArrival(Execution execution) throws InterruptedException {
        Instant deadline = Instant.now().plus(ARRIVAL_WAIT);
        while (Instant.now().isBefore(deadline)) {
            ExecutionRecord r = execution.record();
            if (r.status().isFinal() || r.stages().isEmpty()
                    || r.stages().get(0).status() != StageStatus.PENDING) {
                return;
            }
            Thread.sleep(10);
        }
    }
}
