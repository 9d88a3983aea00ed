package dev.pipewright.engine;

/** The state of one stage within an execution. */
public enum StageStatus {
    PENDING("Pending"),
    /** Waiting to enter: its transition is disabled or another execution holds the stage. */
    WAITING("Waiting"),
    IN_PROGRESS("InProgress"),
    STOPPING("Stopping"),
    STOPPED("Stopped"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    CANCELLED("Cancelled"),
    SKIPPED("Skipped");

    private final String displayName;

    StageStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return displayName;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static StageStatus fromName(String name) {
        for (var s : values()) {
            if (s.displayName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage status '" + name + "'");
    }
}
