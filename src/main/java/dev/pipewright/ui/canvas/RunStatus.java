package dev.pipewright.ui.canvas;

/**
 * What a card or a stage shows of a run. The window maps the engine's action and stage states
 * onto these; each has a CSS pseudo-class of the same name (see {@link CanvasStates#run}) and an
 * icon (see {@link RunStatusIcons}), so that status never rests on colour alone.
 */
public enum RunStatus {
    PENDING,
    RUNNING,
    /** Waiting for a person: an approval gate. */
    WAITING,
    SUCCEEDED,
    FAILED,
    /** Stopped or abandoned by a person. */
    STOPPED,
    SKIPPED,
    /** A newer execution went past this one. */
    SUPERSEDED;

    /** Running or waiting: the clock is still going. */
    public boolean inProgress() {
        return this == RUNNING || this == WAITING;
    }
}
