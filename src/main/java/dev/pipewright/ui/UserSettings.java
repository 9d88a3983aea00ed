package dev.pipewright.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** What the window remembers between runs: recent files, window size and layout, theme. */
public final class UserSettings {

    private static final int RECENT_LIMIT = 10;
    private final Preferences prefs;

    public UserSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("dev/pipewright/window"));
    }

    public List<Path> recentFiles() {
        var files = new ArrayList<Path>();
        for (String line : prefs.get("recent", "").split("\n")) {
            if (!line.isBlank() && Files.isRegularFile(Path.of(line))) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    public void addRecent(Path file) {
        var files = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        prefs.put("recent", String.join("\n", files.stream().limit(RECENT_LIMIT).map(Path::toString).toList()));
    }

    public boolean darkTheme() {
        return prefs.getBoolean("dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    public double get(String key, double fallback) {
        return prefs.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        prefs.putDouble(key, value);
    }
}
