package dev.pipewright.actions.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** How each supported shell runs a script file. */
final class Shells {

    static final List<String> CHOICES = List.of("sh", "bash", "cmd", "pwsh");

    private Shells() {
    }

    static boolean onWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    static String platformDefault() {
        return onWindows() ? "cmd" : "sh";
    }

    static String scriptSuffix(String shell) {
        return switch (shell) {
            case "cmd" -> ".cmd";
            case "pwsh" -> ".ps1";
            default -> ".sh";
        };
    }

    /** The script's text: the commands, made to stop at the first failure. */
    static String script(String shell, String commands) {
        return switch (shell) {
            case "cmd" -> "@echo off\r\n" + String.join("\r\n", commands.lines()
                    .map(line -> line + "\r\nif errorlevel 1 exit /b %errorlevel%").toList()) + "\r\n";
            case "pwsh" -> "$ErrorActionPreference = 'Stop'\n$PSNativeCommandUseErrorActionPreference = $true\n"
                    + commands + "\n";
            default -> commands + "\n";
        };
    }

    static List<String> command(String shell, Path script) {
        return switch (shell) {
            case "cmd" -> List.of("cmd", "/d", "/c", script.toString());
            case "pwsh" -> List.of("pwsh", "-NoLogo", "-NoProfile", "-NonInteractive", "-File", script.toString());
            case "bash" -> List.of("bash", "-e", script.toString());
            default -> List.of("sh", "-e", script.toString());
        };
    }
}
