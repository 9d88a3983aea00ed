package dev.pipewright.cli;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Durations;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.StageStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live view of a run in a terminal: one line per state change, with the time since the start
 * and each action's duration when it ends. With {@code showLogs}, log output is printed too,
 * each line prefixed with its action.
 */
final class TerminalView implements ExecutionListener {

    private final PrintWriter out;
    private final boolean color;
    private final boolean showLogs;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, StringBuilder> partialLines = new ConcurrentHashMap<>();
    private volatile Instant executionStart = Instant.now();

    TerminalView(PrintWriter out, boolean color, boolean showLogs) {
        this.out = out;
        this.color = color;
        this.showLogs = showLogs;
    }

    @Override
    public boolean wantsLogs() {
        return showLogs;
    }

    @Override
    public synchronized void onEvent(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.ExecutionStarted e) {
            executionStart = e.time();
            out.println(paint(BOLD, e.pipelineName()) + " · execution " + e.executionId() + " · "
                    + e.startedBy().detail());
        } else if (event instanceof ExecutionEvent.StageStatusChanged e) {
            if (e.status() != StageStatus.PENDING) {
                line(e.time(), e.stage(), stageWords(e.status()));
            }
        } else if (event instanceof ExecutionEvent.ActionStatusChanged e) {
            actionLine(e);
        } else if (event instanceof ExecutionEvent.ApprovalRequested e) {
            line(e.time(), e.stage() + "/" + e.action(), paint(YELLOW, "⏸ waiting for approval"));
        } else if (event instanceof ExecutionEvent.ApprovalDecided e) {
            line(e.time(), e.stage() + "/" + e.action(), (e.approved() ? paint(GREEN, "approved") : paint(RED, "rejected"))
                    + " by " + e.by() + (e.comment() == null || e.comment().isBlank() ? "" : ": " + e.comment()));
        } else if (event instanceof ExecutionEvent.ExecutionStatusChanged e) {
            if (e.status() == ExecutionStatus.STOPPING || e.status() == ExecutionStatus.IN_PROGRESS && e.summary() != null) {
                line(e.time(), "", e.summary());
            }
        } else if (event instanceof ExecutionEvent.TestsCounted e) {
            line(e.time(), e.stage() + "/" + e.action(), "tests: " + paint(e.failed() > 0 ? RED : GREEN,
                    e.passed() + " passed, " + e.failed() + " failed") + ", " + e.skipped() + " skipped");
        } else if (event instanceof ExecutionEvent.LogChunk e) {
            logChunk(e);
        } else if (event instanceof ExecutionEvent.Problem e) {
            line(e.time(), "", paint(RED, "problem: " + e.text()));
        }
        out.flush();
    }

    private void actionLine(ExecutionEvent.ActionStatusChanged e) {
        String key = e.stage() + "/" + e.action();
        String text;
        switch (e.status()) {
            case IN_PROGRESS -> {
                if (started.putIfAbsent(key, e.time()) != null) {
                    return; // back from waiting at a gate: the decision line said so
                }
                text = paint(CYAN, "▶ running");
            }
            case SUCCEEDED -> text = paint(GREEN, "✔ succeeded") + took(key, e.time());
            case FAILED -> text = paint(RED, "✘ failed") + took(key, e.time())
                    + (e.summary() == null ? "" : ": " + e.summary());
            case ABANDONED -> text = paint(YELLOW, "■ abandoned") + took(key, e.time());
            case WAITING, PENDING, SKIPPED -> {
                return; // waiting is told by the approval request; pending and skipped are the default
            }
            default -> text = e.status().displayName();
        }
        if (e.status() != ActionStatus.IN_PROGRESS) {
            started.remove(key);
        }
        line(e.time(), key, text);
    }

    private String took(String key, Instant end) {
        Instant start = started.get(key);
        return start == null ? "" : " in " + Durations.words(Duration.between(start, end));
    }

    private String stageWords(StageStatus status) {
        return switch (status) {
            case IN_PROGRESS -> paint(BOLD, "stage started");
            case SUCCEEDED -> paint(GREEN, "stage succeeded");
            case FAILED -> paint(RED, "stage failed");
            case WAITING -> paint(YELLOW, "waiting to enter (transition disabled or stage busy)");
            case STOPPED -> paint(YELLOW, "stage stopped");
            default -> "stage " + status.displayName();
        };
    }

    private void logChunk(ExecutionEvent.LogChunk e) {
        String key = e.stage() + "/" + e.action();
        StringBuilder partial = partialLines.computeIfAbsent(key, k -> new StringBuilder());
        partial.append(e.text());
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            String text = partial.substring(0, newline);
            partial.delete(0, newline + 1);
            out.println(paint(DIM, "    " + key + " │ ") + text.stripTrailing());
        }
    }

    /** The closing line: the outcome and how long it took. */
    void summary(ExecutionRecord record) {
        Duration took = record.duration(Instant.now());
        String outcome = switch (record.status()) {
            case SUCCEEDED -> paint(GREEN, "✔ Succeeded");
            case FAILED, INTERRUPTED -> paint(RED, "✘ " + record.status().displayName());
            default -> paint(YELLOW, record.status().displayName());
        };
        out.println(outcome + " in " + Durations.words(took)
                + (record.summary() == null ? "" : " — " + record.summary()));
        out.flush();
    }

    private void line(Instant at, String subject, String text) {
        double seconds = Duration.between(executionStart, at).toMillis() / 1000.0;
        out.printf("[%7.1fs] %-28s %s%n", Math.max(0, seconds), subject, text);
    }

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
