package dev.pipewright.engine;

import dev.pipewright.model.ExecutionMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The entrances of one pipeline's stages, shared by its executions in this process. In SUPERSEDED
 * and QUEUED mode a stage holds one execution at a time; SUPERSEDED lets a newer waiting execution
 * replace an older waiting one, QUEUED lets them in in order. Every mode waits at a disabled
 * transition.
 */
final class StageGates {

    /** Thrown to a waiting execution that a newer one replaced. */
    static final class SupersededException extends Exception {
        SupersededException(String stage) {
            super("a newer execution overtook this one in front of stage '" + stage + "'");
        }
    }

    /** Thrown to a waiting execution that was stopped. */
    static final class StoppedException extends Exception {
        StoppedException() {
            super("stopped while waiting");
        }
    }

    private static final long RECHECK_MILLIS = 500; // transitions may change in another process

    private final Transitions transitions;
    private final Map<String, Gate> gates = new HashMap<>();

    private static final class Gate {
        Execution holder;
        final Deque<Execution> waiting = new ArrayDeque<>();
    }

    StageGates(Transitions transitions) {
        this.transitions = transitions;
    }

    Transitions transitions() {
        return transitions;
    }

    /** Waits until {@code execution} may enter {@code stage}, then lets it in. */
    synchronized void enter(Execution execution, String stage, ExecutionMode mode, Runnable onWait)
            throws SupersededException, StoppedException {
        Gate gate = gates.computeIfAbsent(stage, s -> new Gate());
        boolean locking = mode != ExecutionMode.PARALLEL;
        if (locking && mode == ExecutionMode.SUPERSEDED) {
            for (Execution older : gate.waiting) {
                older.supersede();
            }
            gate.waiting.clear();
            notifyAll();
        }
        gate.waiting.addLast(execution);
        boolean waited = false;
        try {
            while (true) {
                if (execution.isSuperseded()) {
                    throw new SupersededException(stage);
                }
                if (execution.isStopRequested()) {
                    throw new StoppedException();
                }
                boolean free = !locking || gate.holder == null || gate.holder == execution;
                if (free && gate.waiting.peekFirst() == execution && transitions.isEnabled(stage)) {
                    gate.waiting.removeFirst();
                    if (locking) {
                        gate.holder = execution;
                    }
                    return;
                }
                if (!waited) {
                    waited = true;
                    onWait.run();
                }
                try {
                    wait(RECHECK_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoppedException();
                }
            }
        } finally {
            gate.waiting.remove(execution);
        }
    }

    synchronized void leave(Execution execution, String stage) {
        Gate gate = gates.get(stage);
        if (gate != null && gate.holder == execution) {
            gate.holder = null;
            notifyAll();
        }
    }

    synchronized void wake() {
        notifyAll();
    }
}
