package dev.pipewright.actions.files;

import java.io.IOException;

/** A path would lead outside the folder it must stay in (absolute, {@code ..}, or a symbolic link). */
public class UnsafePathException extends IOException {
    public UnsafePathException(String message) {
        super(message);
    }
}
