package dev.pipewright.engine;

import java.util.Objects;

/** What started an execution: {@code Manual} (the window), {@code CLI}, {@code GitChange}, {@code Pipeline}... */
public record StartedBy(String type, String detail) {
    public StartedBy {
        Objects.requireNonNull(type);
        Objects.requireNonNull(detail);
    }

    public static StartedBy cli() {
        return new StartedBy("CLI", "pipewright run by " + System.getProperty("user.name", "someone"));
    }

    public static StartedBy manual(String who) {
        return new StartedBy("Manual", "started by " + who);
    }
}
