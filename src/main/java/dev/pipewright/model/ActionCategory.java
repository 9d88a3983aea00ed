package dev.pipewright.model;

import java.util.Arrays;
import java.util.Optional;

/** What kind of work an action does, as CodePipeline's categories. */
public enum ActionCategory {
    SOURCE("Source"),
    BUILD("Build"),
    TEST("Test"),
    DEPLOY("Deploy"),
    APPROVAL("Approval"),
    INVOKE("Invoke");

    private final String displayName;

    ActionCategory(String displayName) {
        this.displayName = displayName;
    }

    /** The name used in files and shown to people: {@code Build}, {@code Test}... */
    public String displayName() {
        return displayName;
    }

    public static Optional<ActionCategory> fromName(String name) {
        return Arrays.stream(values()).filter(c -> c.displayName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
