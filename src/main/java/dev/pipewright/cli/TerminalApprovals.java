package dev.pipewright.cli;

import dev.pipewright.engine.Engine;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Decides approval gates for a run in a terminal: automatically with {@code --approve}, by asking
 * at the terminal when there is one, and otherwise by saying how to decide from another shell.
 */
final class TerminalApprovals implements ExecutionListener, AutoCloseable {

    private final Engine engine;
    private final RunOptions.AutoApproval auto;
    private final RunsDirOption runsDir;
    private final PrintWriter out;
    private final boolean interactive = System.console() != null;
    // one question at a time, off the engine's threads
    private final ExecutorService asker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pipewright-approvals");
        t.setDaemon(true);
        return t;
    });

    TerminalApprovals(Engine engine, RunOptions.AutoApproval auto, RunsDirOption runsDir, PrintWriter out) {
        this.engine = engine;
        this.auto = auto;
        this.runsDir = runsDir;
        this.out = out;
    }

    @Override
    public boolean wantsLogs() {
        return false;
    }

    @Override
    public void onEvent(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.ApprovalRequested request) {
            asker.execute(() -> handle(request));
        }
    }

    private void handle(ExecutionEvent.ApprovalRequested request) {
        String who = System.getProperty("user.name", "someone");
        if (auto != null) {
            decide(request, auto == RunOptions.AutoApproval.all, who + " (--approve " + auto + ")", "");
            return;
        }
        String gate = request.stage() + "/" + request.action();
        String runsDirFlag = runsDir.runsDir != null ? " --runs-dir " + quote(runsDir.runsDir.toString()) : "";
        out.println();
        out.println("  Approval needed: " + gate + " in execution " + request.executionId());
        if (request.message() != null && !request.message().isBlank()) {
            out.println("    " + request.message().replace("\n", "\n    "));
        }
        if (request.link() != null) {
            out.println("    Review: " + request.link());
        }
        out.println("    From another shell: pipewright approve " + request.executionId() + " " + gate + runsDirFlag
                + " [--comment TEXT]   (or: pipewright reject …)");
        if (!interactive) {
            out.println("    Waiting for a decision…");
            out.flush();
            return;
        }
        out.print("    Approve? [y]es / [n]o, optionally followed by a comment: ");
        out.flush();
        var in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        try {
            while (true) {
                String answer = in.readLine();
                if (answer == null) {
                    return; // no more input: leave it to another shell
                }
                String trimmed = answer.strip();
                String word = trimmed.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
                String comment = trimmed.contains(" ") ? trimmed.substring(trimmed.indexOf(' ') + 1).strip() : "";
                if (word.equals("y") || word.equals("yes")) {
                    decide(request, true, who, comment);
                    return;
                }
                if (word.equals("n") || word.equals("no")) {
                    decide(request, false, who, comment);
                    return;
                }
                out.print("    Please answer y or n (a comment may follow): ");
                out.flush();
            }
        } catch (IOException e) {
            out.println("    Cannot read the terminal (" + e.getMessage() + "); decide from another shell.");
        }
    }

    private void decide(ExecutionEvent.ApprovalRequested request, boolean approve, String by, String comment) {
        engine.live(request.executionId()).ifPresent(execution -> {
            try {
                execution.decide(request.stage(), request.action(), approve, by, comment);
            } catch (IllegalStateException alreadyDecided) {
                // decided meanwhile from another shell: nothing to do
            }
        });
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:@-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() {
        asker.shutdownNow();
    }
}
