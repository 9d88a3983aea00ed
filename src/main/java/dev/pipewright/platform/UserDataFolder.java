package dev.pipewright.platform;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Where Pipewright keeps what it makes for a user (executions, Git clones): a folder in the
 * platform's per-user data folder, unless an environment variable names another. One place for
 * the rules, so the runs and the clones always sit side by side.
 */
public final class UserDataFolder {

    private UserDataFolder() {
    }

    /**
     * {@code $overrideVariable} when set, else {@code name} in the per-user data folder:
     * {@code $XDG_DATA_HOME/pipewright/NAME} (default {@code ~/.local/share/pipewright/NAME}) on Linux,
     * {@code ~/Library/Application Support/Pipewright/NAME} on macOS,
     * {@code %LOCALAPPDATA%\Pipewright\NAME} on Windows.
     */
    public static Path of(String name, String overrideVariable) {
        String override = System.getenv(overrideVariable);
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Paths.get(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local != null ? Paths.get(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Pipewright").resolve(name);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Pipewright").resolve(name);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("pipewright").resolve(name);
    }
}
