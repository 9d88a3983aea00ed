package dev.pipewright.engine;

/**
 * Receives execution events, on the engine's threads: implementations must be thread-safe and
 * quick (hand the event to a queue rather than drawing or printing slowly).
 */
@FunctionalInterface
public interface ExecutionListener {

    void onEvent(ExecutionEvent event);

    /** Whether this listener wants {@link ExecutionEvent.LogChunk}s; decoding logs costs, so say no if not. */
    default boolean wantsLogs() {
        return true;
    }
}
