package dev.pipewright.engine;

import java.util.List;

/** An execution could not start; each reason says what to do. */
public class StartRefusedException extends Exception {
    private final List<String> reasons;

    public StartRefusedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public StartRefusedException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
