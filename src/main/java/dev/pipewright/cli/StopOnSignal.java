package dev.pipewright.cli;

import dev.pipewright.engine.Execution;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What Ctrl-C (SIGINT), SIGTERM and SIGHUP do to a run in this process: stop it, ending its
 * actions' process trees, let the run print its last lines, then exit with the run's code (3 for
 * stopped) rather than the JVM's 130 or 143.
 *
 * <p>The JVM ends once its shutdown hooks return, whatever other threads are doing, so the hook
 * waits for the run's thread to say it is done ({@link #finished}) and then halts with its code:
 * returning earlier lost the last lines now and then, and exiting normally from a hook is not
 * possible.
 */
final class StopOnSignal implements AutoCloseable {

    /** How long the hook waits for the run to end and print: longer than ending any action takes. */
    private static final long PATIENCE_SECONDS = 60;

    private final Thread hook;
    private final PrintWriter err;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile int exitCode = PipewrightCommand.STOPPED;
    private Execution execution; // guarded by this; null until the run has started
    private boolean signalled; // guarded by this

    private StopOnSignal(PrintWriter out, PrintWriter err) {
        this.err = err;
        this.hook = new Thread(() -> {
            Execution running;
            synchronized (this) {
                signalled = true;
                running = execution;
            }
            if (running != null) {
                stop(running);
            }
            try {
                done.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.flush();
            err.flush();
            Runtime.getRuntime().halt(exitCode);
        }, "pipewright-stop-on-signal");
    }

    /**
     * Catches the signals from now until closed, so that one coming while the run starts is not lost
     * either: the run is stopped as soon as it is {@linkplain #watch watched}.
     */
    static StopOnSignal install(PrintWriter out, PrintWriter err) {
        var stop = new StopOnSignal(out, err);
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** The run that a signal stops; stopped at once if a signal came while it started. */
    void watch(Execution started) {
        boolean already;
        synchronized (this) {
            execution = started;
            already = signalled;
        }
        if (already) {
            stop(started);
        }
    }

    private void stop(Execution running) {
        if (running.stop(true)) {
            err.println();
            err.println("pipewright: stopping: ending the running actions…");
            err.flush();
        }
    }

    /** The run has ended and printed all it prints; the process exits with {@code code}. */
    void finished(int code) {
        exitCode = code;
        done.countDown();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // a signal came: the hook is running and exits with the code given to finished()
        }
    }
}
