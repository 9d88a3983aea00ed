package dev.pipewright.model;

import java.util.Objects;

/** An action named by its stage and its own name: how the window and edits point at one. */
public record ActionRef(String stage, String action) {
    public ActionRef {
        Objects.requireNonNull(stage);
        Objects.requireNonNull(action);
    }

    @Override
    public String toString() {
        return stage + "/" + action;
    }
}
