package dev.pipewright.cli;

import dev.pipewright.engine.Execution;
import dev.pipewright.engine.Simulation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;

/**
 * Step-through at the terminal: each time actions pause before their start, says which and
 * starts them when Enter is pressed; "go" (or the end of the input) runs on without pausing.
 */
final class TerminalSteps implements AutoCloseable {

    private static final long SETTLE_MILLIS = 150;

    private final Thread thread;
    private volatile boolean closed;

    TerminalSteps(Execution execution, InputStream input, PrintWriter out) {
        Simulation simulation = execution.simulation().orElseThrow();
        var in = new BufferedReader(new InputStreamReader(input, Charset.defaultCharset()));
        thread = new Thread(() -> loop(execution, simulation, in, out), "pipewright-steps");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Execution execution, Simulation simulation, BufferedReader in, PrintWriter out) {
        try {
            while (!closed && simulation.isStepThrough() && !execution.record().status().isFinal()) {
                if (!simulation.awaitPaused(1, Duration.ofMillis(200))) {
                    continue;
                }
                settle(simulation);
                out.println("  ⏸ paused before " + String.join(", ", simulation.paused())
                        + ": press Enter to start, or type go and Enter to run to the end");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("go")) {
                    simulation.setStepThrough(false);
                } else {
                    simulation.step();
                }
            }
        } catch (IOException e) {
            simulation.setStepThrough(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the other actions of the group pause too, so one Enter starts them together. */
    private static void settle(Simulation simulation) throws InterruptedException {
        int seen;
        do {
            seen = simulation.paused().size();
            Thread.sleep(SETTLE_MILLIS);
        } while (simulation.paused().size() != seen);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
