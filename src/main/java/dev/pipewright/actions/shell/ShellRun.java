package dev.pipewright.actions.shell;

import java.nio.file.Path;

/**
 * How a script run ended.
 *
 * @param exitCode  the shell's exit code
 * @param directory the folder the commands ran in
 */
public record ShellRun(int exitCode, Path directory) {
    public boolean succeeded() {
        return exitCode == 0;
    }
}
