package dev.pipewright.actions.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The shells a Shell action can run its commands with, and how each is started on a script file. */
public enum ShellKind {
    SH("sh", ".sh"),
    BASH("bash", ".sh"),
    CMD("cmd", ".cmd"),
    PWSH("pwsh", ".ps1");

    private final String word;
    private final String extension;

    ShellKind(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    public String word() {
        return word;
    }

    public String extension() {
        return extension;
    }

    public static String[] words() {
        return Arrays.stream(values()).map(ShellKind::word).toArray(String[]::new);
    }

    public static Optional<ShellKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    /** {@code cmd} on Windows, {@code sh} elsewhere. */
    public static ShellKind platformDefault() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? CMD : SH;
    }

    /** Whether it is a POSIX shell, which can read its script from a pipe. */
    public boolean isPosix() {
        return this == SH || this == BASH;
    }

    /** The script text: the commands, plus what makes the shell stop at the first failing command. */
    public String script(String commands) {
        return switch (this) {
            case SH, BASH -> commands + "\n";
            case CMD -> "@echo off\r\n" + commands.replaceAll("\\R", "\r\n") + "\r\n";
            case PWSH -> "$ErrorActionPreference = 'Stop'\n" + commands + "\n";
        };
    }

    /** The command line that runs {@code script}; {@code -e} makes sh and bash stop at the first error. */
    public List<String> command(Path script) {
        String file = script.toString();
        return switch (this) {
            case SH -> List.of("sh", "-e", file);
            case BASH -> List.of("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", file);
            case CMD -> List.of("cmd", "/d", "/c", file);
            case PWSH -> List.of("pwsh", "-NoLogo", "-NoProfile", "-NonInteractive", "-File", file);
        };
    }
}
