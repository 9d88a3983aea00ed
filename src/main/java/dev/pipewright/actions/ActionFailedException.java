package dev.pipewright.actions;

/** An action failed; the message says why in words a person can act on. */
public class ActionFailedException extends Exception {
    public ActionFailedException(String message) {
        super(message);
    }

    public ActionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
