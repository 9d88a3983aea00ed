package dev.pipewright.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with a pipeline: where, how bad, what, and what to do about it.
 *
 * @param replacement when the problem has one single fix, the value to write at {@code location}
 *                    instead of the one there ("Shell" for a provider written "Shel"), so that a
 *                    tool can apply the fix rather than only describe it
 */
public record Problem(Severity severity, Location location, String message, Optional<String> fix,
                      Optional<String> replacement) {
    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        Objects.requireNonNull(message);
        Objects.requireNonNull(fix);
        Objects.requireNonNull(replacement);
    }

    /** A problem whose fix, if any, is only described. */
    public Problem(Severity severity, Location location, String message, Optional<String> fix) {
        this(severity, location, message, fix, Optional.empty());
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

    /** This problem, fixed by writing {@code value} at its location. */
    public Problem withReplacement(String value) {
        return new Problem(severity, location, message, fix, Optional.of(value));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
