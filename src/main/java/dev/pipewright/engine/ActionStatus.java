package dev.pipewright.engine;

/** The state of one action within an execution. */
public enum ActionStatus {
    PENDING("Pending"),
    IN_PROGRESS("InProgress"),
    /** An approval gate waiting for a person. */
    WAITING("Waiting"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    ABANDONED("Abandoned"),
    SKIPPED("Skipped");

    private final String displayName;

    ActionStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return this == IN_PROGRESS || this == WAITING;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return displayName;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static ActionStatus fromName(String name) {
        for (var s : values()) {
            if (s.displayName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown action status '" + name + "'");
    }
}
