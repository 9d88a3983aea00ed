package dev.pipewright.git;

/**
 * A Git operation failed. The message names the repository and says what to check; it never
 * holds a token, and callers show it as it is, without a stack trace.
 */
public final class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
