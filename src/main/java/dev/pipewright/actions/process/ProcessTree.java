package dev.pipewright.actions.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Ends a process together with everything it started. Killing only the shell would leave its
 * children running, still holding the log pipe open and the files locked.
 *
 * <p>Two nets, because each misses something: the descendants Java can see (collected before
 * anything is killed, since a dead parent's children are re-parented and vanish from the tree),
 * and, on Linux, the process group, which also holds children that detached from their parent
 * ({@code cmd &} in a subshell that exited). A process only has a group of its own when it was
 * started through {@link #inOwnGroup}.
 */
public final class ProcessTree {

    /** How long processes get to end on SIGTERM before they are killed outright. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(3);

    private static final Optional<Path> SETSID = findSetsid();

    private ProcessTree() {
    }

    /**
     * The command prefixed so that it starts a new session and process group of its own, where
     * the system has {@code setsid}; unchanged elsewhere.
     */
    public static List<String> inOwnGroup(List<String> command) {
        if (SETSID.isEmpty()) {
            return command;
        }
        List<String> prefixed = new ArrayList<>();
        prefixed.add(SETSID.get().toString());
        prefixed.addAll(command);
        return prefixed;
    }

    /** Whether {@link #inOwnGroup} gives processes a group of their own on this system. */
    public static boolean groupsSupported() {
        return SETSID.isPresent();
    }

    public static void destroy(Process process, Duration grace) {
        destroy(process.toHandle(), grace);
    }

    /**
     * Asks the process and all its descendants to end (SIGTERM), top first so that nothing is
     * respawned by a parent still alive, waits up to {@code grace}, then kills what is left.
     */
    public static void destroy(ProcessHandle root, Duration grace) {
        OptionalLong group = ownGroup(root);
        Set<ProcessHandle> all = new LinkedHashSet<>();
        all.add(root);
        all.addAll(root.descendants().toList());
        all.forEach(ProcessHandle::destroy);
        group.ifPresent(g -> signalGroup(g, "TERM"));
        // children forked between the snapshot and the signal: one more sweep finds them
        for (ProcessHandle p : List.copyOf(all)) {
            p.descendants().filter(all::add).forEach(ProcessHandle::destroy);
        }
        awaitExit(all, grace);
        all.stream().filter(p -> !hasEnded(p)).forEach(ProcessHandle::destroyForcibly);
        group.ifPresent(g -> signalGroup(g, "KILL"));
        awaitExit(all, grace);
    }

    /**
     * Kills what remains of the process group {@code groupId} after its leader ended; used when a
     * script exits but leaves background processes behind. Does nothing where groups are not
     * supported.
     */
    public static void endGroup(long groupId) {
        if (groupsSupported()) {
            signalGroup(groupId, "KILL");
        }
    }

    // A process leads its own group only if started through setsid: then its group id is its pid.
    // The pid of a group cannot be reused while the group has members, so signalling it is safe.
    private static OptionalLong ownGroup(ProcessHandle process) {
        OptionalLong group = groupOf(process);
        return group.isPresent() && group.getAsLong() == process.pid() ? group : OptionalLong.empty();
    }

    /** The id of the process group the process is in, where groups are supported and it can be read. */
    public static OptionalLong groupOf(ProcessHandle process) {
        if (!groupsSupported()) {
            return OptionalLong.empty();
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[2]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static void signalGroup(long groupId, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + groupId)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.getOutputStream().close();
            if (!kill.waitFor(5, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            // no kill command: the descendants pass has done what can be done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Polls rather than waiting on onExit(): for processes that are not our children the JDK
    // polls too, but with growing pauses that can add a second to every stop.
    private static void awaitExit(Set<ProcessHandle> processes, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (processes.stream().anyMatch(p -> !hasEnded(p)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether the process has ended. A zombie has: it runs nothing and only waits to be reaped by
     * its new parent, which in some containers happens only once a second.
     */
    public static boolean hasEnded(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Path> findSetsid() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        return java.util.stream.Stream.of("/usr/bin/setsid", "/bin/setsid")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
