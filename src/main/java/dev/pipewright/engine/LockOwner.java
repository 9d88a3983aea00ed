package dev.pipewright.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The process that runs an execution, as its lock file names it: enough to prove, from another
 * process on the same machine, that it has ended (no process has its id any more).
 *
 * @param machine this boot of this machine (process ids mean nothing on another, or after a restart)
 */
record LockOwner(long pid, Instant processStart, String machine) {

    private static final LockOwner CURRENT = new LockOwner(ProcessHandle.current().pid(),
            ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH), thisMachine());

    static LockOwner current() {
        return CURRENT;
    }

    String text() {
        return "pid " + pid + "\nstarted " + processStart + "\nmachine " + machine + "\n";
    }

    static Optional<LockOwner> parse(String text) {
        String pid = null;
        String started = null;
        String machine = null;
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String value = line.substring(space + 1).strip();
            switch (line.substring(0, space)) {
                case "pid" -> pid = value;
                case "started" -> started = value;
                case "machine" -> machine = value;
                default -> { }
            }
        }
        if (pid == null || started == null || machine == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockOwner(Long.parseLong(pid), Instant.parse(started), machine));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this owner has provably ended: it ran on this machine since its last start and no
     * process has its id now. A process with its id is taken for it (ids are reused only after the
     * whole range has gone round, and start times shift with the clock), so only a stale heartbeat
     * tells that case.
     */
    boolean provablyEnded() {
        if (!machine.equals(CURRENT.machine)) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * The kernel's id of this boot where there is one (Linux), so a restart counts as another
     * machine; else the host name.
     */
    private static String thisMachine() {
        try {
            Path bootId = Path.of("/proc/sys/kernel/random/boot_id");
            if (Files.isReadable(bootId)) {
                return "boot-" + Files.readString(bootId).strip();
            }
        } catch (IOException | RuntimeException e) {
            // fall back on the host name
        }
        try {
            return "host-" + InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
