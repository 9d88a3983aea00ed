package dev.pipewright.input;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a file a person gave cannot be read, in Pipewright's words: what is wrong and what to do,
 * and where in the file when the problem is at a place in it.
 */
public record InputProblem(Optional<InputPosition> position, String message) {

    public InputProblem {
        Objects.requireNonNull(position);
        Objects.requireNonNull(message);
    }

    public static InputProblem at(InputPosition position, String message) {
        return new InputProblem(Optional.of(position), message);
    }

    public static InputProblem about(String message) {
        return new InputProblem(Optional.empty(), message);
    }

    /** {@code FILE:LINE:COLUMN: message}, or {@code FILE: message} without a position. */
    public String located(String file) {
        return file + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": " + message;
    }
}
