package dev.pipewright.engine;

/** The state of a whole execution, as CodePipeline's, plus Interrupted for a run whose process died. */
public enum ExecutionStatus {
    IN_PROGRESS("InProgress"),
    STOPPING("Stopping"),
    STOPPED("Stopped"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    SUPERSEDED("Superseded"),
    CANCELLED("Cancelled"),
    /** The process running it ended (crash, kill, power cut) before the execution did. */
    INTERRUPTED("Interrupted");

    private final String displayName;

    ExecutionStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isFinal() {
        return this != IN_PROGRESS && this != STOPPING;
    }

    /** Whether a failed stage of an execution in this state may be retried. */
    public boolean isRetryable() {
        return this == FAILED || this == STOPPED || this == INTERRUPTED;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return displayName;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static ExecutionStatus fromName(String name) {
        for (var s : values()) {
            if (s.displayName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown execution status '" + name + "'");
    }
}
