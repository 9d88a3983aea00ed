package dev.pipewright.actions.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a process's output into the action's log on a thread of its own, in 64 KiB chunks, so
 * that a chatty build never fills the pipe (which would stall it) and never sits in memory whole.
 */
public final class LogPump {

    static final int CHUNK = 64 * 1024;

    private final Thread thread;
    private volatile IOException failure;

    private LogPump(InputStream in, OutputStream log, String name) {
        this.thread = new Thread(() -> pump(in, log), name);
        thread.setDaemon(true);
    }

    public static LogPump start(InputStream in, OutputStream log, String name) {
        LogPump pump = new LogPump(in, log, name);
        pump.thread.start();
        return pump;
    }

    /** Waits until the output has ended (every writer closed it) and is all in the log. */
    public void await() throws IOException, InterruptedException {
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits at most {@code millis} for the output to end; returns whether it has. */
    public boolean awaitBriefly(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void pump(InputStream in, OutputStream log) {
        byte[] buffer = new byte[CHUNK];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                log.write(buffer, 0, n);
            }
            log.flush();
        } catch (IOException e) {
            failure = e;
        }
    }
}
