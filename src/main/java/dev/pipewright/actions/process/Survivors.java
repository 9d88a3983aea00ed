package dev.pipewright.actions.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Ends what an action of a dead Pipewright left running, when it can prove the processes are that
 * action's: in the process group it recorded, started no earlier than the group's leader, and
 * carrying the execution's mark in their environment (a pid, and so a group id, can be reused by
 * an unrelated process; the three together cannot be by chance). Anything unproven is left alone.
 */
public final class Survivors {

    private Survivors() {
    }

    /**
     * Kills the processes of group {@code groupId} started at or after {@code leaderStarted} whose
     * environment holds the line {@code mark} (such as {@code PIPEWRIGHT_EXECUTION_ID=...}).
     *
     * @return the pids ended
     */
    public static List<Long> end(long groupId, Instant leaderStarted, String mark) {
        if (!ProcessTree.groupsSupported()) {
            return List.of();
        }
        List<ProcessHandle> proven = ProcessHandle.allProcesses()
                .filter(p -> ProcessTree.groupOf(p).orElse(-1) == groupId)
                .filter(p -> p.info().startInstant().map(t -> !t.isBefore(leaderStarted)).orElse(false))
                .filter(p -> environmentHolds(p, mark))
                .toList();
        proven.forEach(ProcessHandle::destroyForcibly);
        return proven.stream().map(ProcessHandle::pid).toList();
    }

    private static boolean environmentHolds(ProcessHandle process, String mark) {
        try {
            byte[] environ = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "environ"));
            return Arrays.asList(new String(environ, StandardCharsets.UTF_8).split("\0")).contains(mark);
        } catch (IOException | RuntimeException e) {
            return false; // gone, or not ours to read: not proven
        }
    }
}
