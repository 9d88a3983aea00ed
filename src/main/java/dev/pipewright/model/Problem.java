package dev.pipewright.model;

import java.util.Objects;
import java.util.Optional;

/** Something wrong with a pipeline: where, how bad, what, and what to do about it. */
public record Problem(Severity severity, Location location, String message, Optional<String> fix) {
    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        Objects.requireNonNull(message);
        Objects.requireNonNull(fix);
    }

    public static Problem error(Location location, String message) {
        return new Problem(Severity.ERROR, location, message, Optional.empty());
    }

    public static Problem error(Location location, String message, String fix) {
        return new Problem(Severity.ERROR, location, message, Optional.of(fix));
    }

    public static Problem warning(Location location, String message) {
        return new Problem(Severity.WARNING, location, message, Optional.empty());
    }

    public static Problem warning(Location location, String message, String fix) {
        return new Problem(Severity.WARNING, location, message, Optional.of(fix));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
