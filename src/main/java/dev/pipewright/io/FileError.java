package dev.pipewright.io;

import java.util.Optional;

/**
 * One thing wrong with a pipeline file, where it is and what it is.
 *
 * @param file     the file's path as given, or the name passed with its content
 * @param position where in the file, when the error is about a place in it (not for a missing file)
 */
public record FileError(String file, Optional<TextPosition> position, String message) {

    public FileError {
        java.util.Objects.requireNonNull(file);
        java.util.Objects.requireNonNull(position);
        java.util.Objects.requireNonNull(message);
    }

    /** {@code build.pipeline.json:12:20: error: runOrder must be a whole number, found text}, as compilers print. */
    @Override
    public String toString() {
        return file + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": error: " + message;
    }
}
