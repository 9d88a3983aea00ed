package dev.pipewright.ui.canvas;

import dev.pipewright.model.Severity;
import java.util.Objects;

/** What is wrong with a stage or card, shown as {@code :error}/{@code :warning} and a tooltip. */
public record CanvasProblem(Severity severity, String message) {
    public CanvasProblem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
    }
}
