package dev.pipewright.actions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a process and every process it started. The descendants are collected before anything is
 * killed (a dead parent's children are re-parented and could no longer be found), the top is
 * ended first so it cannot start new ones, then the rest; a polite request first, force after a
 * grace period.
 */
public final class ProcessTree {

    private ProcessTree() {
    }

    public static void destroy(Process process, Duration grace) {
        destroy(process.toHandle(), grace);
    }

    public static void destroy(ProcessHandle root, Duration grace) {
        var all = new ArrayList<ProcessHandle>();
        all.add(root);
        root.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        // children started while we were collecting
        for (ProcessHandle p : List.copyOf(all)) {
            p.descendants().filter(d -> !all.contains(d)).forEach(d -> {
                all.add(d);
                d.destroy();
            });
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    p.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (Exception stillAlive) {
                    // forced below
                }
            }
        }
        for (ProcessHandle p : all) {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
