package dev.pipewright.engine;

import java.time.Instant;

/**
 * Something that happened in an execution. The window, the terminal view and the {@code --events}
 * file are all listeners of these. Every text in an event is already masked.
 */
public sealed interface ExecutionEvent {

    String executionId();

    Instant time();

    record ExecutionStarted(String executionId, Instant time, String pipelineName, StartedBy startedBy)
            implements ExecutionEvent {
    }

    record ExecutionStatusChanged(String executionId, Instant time, ExecutionStatus status, String summary)
            implements ExecutionEvent {
    }

    record StageStatusChanged(String executionId, Instant time, String stage, StageStatus status)
            implements ExecutionEvent {
    }

    record ActionStatusChanged(String executionId, Instant time, String stage, String action,
                               ActionStatus status, String summary) implements ExecutionEvent {
    }

    /** A piece of an action's log, as it arrived (not necessarily whole lines). */
    record LogChunk(String executionId, Instant time, String stage, String action, String text)
            implements ExecutionEvent {
    }

    record ApprovalRequested(String executionId, Instant time, String stage, String action, String message,
                             String link) implements ExecutionEvent {
    }

    record ApprovalDecided(String executionId, Instant time, String stage, String action, boolean approved,
                           String by, String comment) implements ExecutionEvent {
    }

    /** An output variable of an action, as {@code namespace.name}. */
    record VariableSet(String executionId, Instant time, String stage, String action, String namespace,
                       String name, String value) implements ExecutionEvent {
    }

    /** Counts from a Test action's JUnit reports. */
    record TestsCounted(String executionId, Instant time, String stage, String action, int passed, int failed,
                        int skipped) implements ExecutionEvent {
    }

    /**
     * Something went wrong that the run survived and a person should know: its record could not
     * be saved, a listener failed. The engine says it here instead of printing it.
     */
    record Problem(String executionId, Instant time, String text) implements ExecutionEvent {
    }

    record ExecutionFinished(String executionId, Instant time, ExecutionStatus status, String summary)
            implements ExecutionEvent {
    }
}
