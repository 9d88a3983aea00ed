package dev.pipewright.engine;

import dev.pipewright.model.ExecutionMode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The entrances of one pipeline's stages. In SUPERSEDED and QUEUED mode a stage holds one execution
 * at a time; SUPERSEDED lets a newer waiting execution replace an older waiting one, QUEUED lets
 * them in in order. Every mode waits at a disabled transition. Executions of this process meet
 * here; those of other processes on this machine through {@link SharedStageLocks}.
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
    private final SharedStageLocks shared;
    private final Map<String, Gate> gates = new HashMap<>();

    private static final class Gate {
        Execution holder;
        RunningLocks.Held sharedLock; // the holder's lock on the stage for every process
        final Deque<Execution> waiting = new ArrayDeque<>();
    }

    StageGates(Transitions transitions, SharedStageLocks shared) {
        this.transitions = transitions;
        this.shared = shared;
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
        SharedStageLocks.Ticket ticket = locking && gate.holder != execution ? arrive(stage, execution) : null;
        boolean waited = false;
        try {
            while (true) {
                if (execution.isSuperseded()
                        || ticket != null && mode == ExecutionMode.SUPERSEDED && shared(() -> shared.overtaken(ticket))) {
                    throw new SupersededException(stage);
                }
                if (execution.isStopRequested()) {
                    throw new StoppedException();
                }
                boolean free = !locking || gate.holder == null || gate.holder == execution;
                if (free && gate.waiting.peekFirst() == execution && transitions.isEnabled(stage)
                        && (ticket == null || enterShared(gate, ticket, mode))) {
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
            if (ticket != null) {
                shared.depart(ticket);
            }
        }
    }

    /**
     * In the queue every process sees; without it (a runs folder that cannot be written) the stage
     * is shared in this process only, as the run itself will say when it cannot write its record.
     */
    private SharedStageLocks.Ticket arrive(String stage, Execution execution) {
        try {
            return shared.arrive(stage, execution.id());
        } catch (IOException e) {
            return null;
        }
    }

    /** Takes the stage for every process when it is this execution's turn and no process holds it. */
    private boolean enterShared(Gate gate, SharedStageLocks.Ticket ticket, ExecutionMode mode) {
        if (mode == ExecutionMode.QUEUED && !shared(() -> shared.first(ticket))) {
            return false;
        }
        try {
            var lock = shared.tryEnter(ticket);
            lock.ifPresent(l -> gate.sharedLock = l);
            return lock.isPresent();
        } catch (IOException e) {
            return true; // as for arrive: this process's gate still holds
        }
    }

    private interface SharedCheck {
        boolean test() throws IOException;
    }

    private static boolean shared(SharedCheck check) {
        try {
            return check.test();
        } catch (IOException e) {
            return false;
        }
    }

    synchronized void leave(Execution execution, String stage) {
        Gate gate = gates.get(stage);
        if (gate != null && gate.holder == execution) {
            gate.holder = null;
            if (gate.sharedLock != null) {
                try {
                    gate.sharedLock.close();
                } catch (IOException e) {
                    // the OS lets go of it with the process at the latest
                }
                gate.sharedLock = null;
            }
            notifyAll();
        }
    }

    synchronized void wake() {
        notifyAll();
    }
}
