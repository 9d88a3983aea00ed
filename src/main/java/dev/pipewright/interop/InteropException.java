package dev.pipewright.interop;

/**
 * A file that cannot be imported (not the format, broken YAML/JSON) or a pipeline that cannot be
 * exported. The message says where (line and column when known) and what to do.
 */
public final class InteropException extends Exception {
    public InteropException(String message) {
        super(message);
    }

    public InteropException(String message, Throwable cause) {
        super(message, cause);
    }
}
