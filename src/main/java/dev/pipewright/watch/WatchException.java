package dev.pipewright.watch;

import java.util.List;

/** Watching cannot start; each reason says what to change. */
public final class WatchException extends Exception {
    private final List<String> reasons;

    public WatchException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
