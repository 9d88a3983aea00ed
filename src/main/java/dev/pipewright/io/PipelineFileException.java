package dev.pipewright.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pipeline file that cannot be read, with every error found in it (not only the first), each
 * with its file, line and column. The message is the errors, one a line, ready to print.
 */
public class PipelineFileException extends Exception {

    private final List<FileError> errors;

    public PipelineFileException(List<FileError> errors) {
        super(errors.stream().map(FileError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a PipelineFileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public PipelineFileException(FileError error) {
        this(List.of(error));
    }

    public List<FileError> errors() {
        return errors;
    }
}
