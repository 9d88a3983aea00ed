package dev.pipewright.actions.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts an action's shell under a small {@code sh} that ends the action's whole process group
 * when Pipewright dies, however it dies ({@code kill -9} included), without Pipewright's help.
 *
 * <p>The watchdog's standard input is a pipe whose only writer is Pipewright, which never writes
 * to it. When Pipewright's process ends, the system closes that pipe, the watchdog reads end of
 * file and kills the group at once. Polling Pipewright's pid would wait a poll interval and could
 * mistake a new process that got the same pid for Pipewright.
 *
 * <p>The script reaches the shell through a pipe ({@code /proc/self/fd/3}), never a file, so the
 * secrets substituted into it are not written to disk; it comes to the watchdog in environment
 * variables (escaped to ASCII), which only the same user can read. The script's own standard input is
 * {@code /dev/null}, as before.
 */
public final class Watchdog {

    /** The prefix of the environment variables carrying the script, in parts: one is limited to 128 KiB. */
    static final String SCRIPT_PART = "PIPEWRIGHT_SCRIPT_";
    /** Characters per part (all ASCII once escaped), under the 128 KiB one variable may hold. */
    static final int PART_CHARS = 100 * 1024;
    /** Over this, escaped, the environment as a whole (about 2 MB on Linux) would not take it. */
    public static final int MAX_SCRIPT_CHARS = 1024 * 1024;
    /** Where the shell reads its script from: the pipe fed by the watchdog. */
    public static final String SCRIPT_PATH = "/proc/self/fd/3";
    /** Put on the script's first line (so line numbers stay the user's): the shell's commands need no fd 3. */
    public static final String CLOSE_SCRIPT_PIPE = "exec 3<&-; ";

    // $1 is the number of script parts; the rest is the shell's command line.
    // fd 4 keeps the pipe from Pipewright; the reader of fd 4 waits for its end of file.
    // After the script, what it left in the background gets TERM (the watchdog too): whatever an
    // action starts ends with it, as each CodePipeline action gets a fresh machine. The watchdog
    // shell ignores that TERM itself, so its exit code stays the script's.
    private static final String SCRIPT = String.join("\n",
            "n=$1; shift",
            "exec 4<&0 </dev/null",
            "s=; i=0",
            "while [ \"$i\" -lt \"$n\" ]; do eval \"s=\\$s\\$" + SCRIPT_PART + "$i; unset " + SCRIPT_PART
                    + "$i\"; i=$((i+1)); done",
            "printf '%b' \"$s\" | \"$@\" 3<&0 </dev/null 4<&- &",
            "child=$!",
            "s=",
            "{ read -r _ <&4; kill -KILL 0; } &",
            "exec 4<&-",
            "wait \"$child\"; code=$?",
            "trap '' TERM",
            "kill -TERM 0 2>/dev/null",
            "exit $code");

    private Watchdog() {
    }

    /**
     * The command line that runs {@code shellCommand} under the watchdog, in a process group of its
     * own whose id is the started process's pid, with {@code script} as the shell's script (none
     * when empty: the shell command names its own script file). Puts the script into
     * {@code environment}.
     */
    public static List<String> command(List<String> shellCommand, String script, Map<String, String> environment) {
        String escaped = escape(script);
        if (escaped.length() > MAX_SCRIPT_CHARS) {
            throw new IllegalArgumentException("the commands take " + escaped.length() / 1024
                    + " KiB to pass to the shell, more than the " + MAX_SCRIPT_CHARS / 1024 + " KiB it can be given: "
                    + "put them in a script file and run that");
        }
        int parts = 0;
        for (int start = 0; start < escaped.length(); start += PART_CHARS, parts++) {
            environment.put(SCRIPT_PART + parts, escaped.substring(start, Math.min(escaped.length(), start + PART_CHARS)));
        }
        var command = new ArrayList<String>();
        command.add("sh");
        command.add("-c");
        command.add(SCRIPT);
        command.add("pipewright-watchdog");
        command.add(Integer.toString(parts));
        command.addAll(shellCommand);
        return ProcessTree.inOwnGroup(command);
    }

    /**
     * The script's UTF-8 bytes as ASCII for {@code printf '%b'}: any other byte, and the backslash,
     * as an octal escape. The environment is encoded in the JVM's charset, which under a C locale is
     * ASCII and would turn every other character into '?'.
     */
    static String escape(String script) {
        var out = new StringBuilder(script.length() + 16);
        for (byte b : script.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\' || c == '\n' || c == '\t') {
                out.append((char) c);
            } else {
                out.append(String.format("\\0%03o", c));
            }
        }
        return out.toString();
    }

    /** Whether actions can run under the watchdog here: where process groups are (Linux). */
    public static boolean supported() {
        return ProcessTree.groupsSupported();
    }
}
