package dev.pipewright.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: recent files, window size and layout, theme, and which
 * pipeline files (by content) the person has allowed to run.
 */
public final class UserSettings {

    /** The preference that turns the question before a file's first run off. */
    public static final String ASK_BEFORE_FIRST_RUN = "trust.ask";

    /** The preference that opens the guided tour on start (until it is finished or skipped; tests turn it off). */
    public static final String TOUR_ON_START = "tour.onStart";

    private static final int RECENT_LIMIT = 10;
    private static final String TRUSTED = "trusted";
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

    /** Whether Run asks before the first run of a file (on unless turned off, as tests of files they wrote do). */
    public boolean asksBeforeFirstRun() {
        return prefs.getBoolean(ASK_BEFORE_FIRST_RUN, true);
    }

    /** Where the person is in the guided tour, remembered between starts. */
    public dev.pipewright.ui.tour.TourProgress tourProgress() {
        return new dev.pipewright.ui.tour.TourProgress() {
            @Override
            public int step() {
                return prefs.getInt("tour.step", 0);
            }

            @Override
            public void rememberStep(int step) {
                prefs.putInt("tour.step", step);
            }

            @Override
            public boolean finished() {
                return !prefs.getBoolean(TOUR_ON_START, true);
            }

            @Override
            public void rememberFinished(boolean finished) {
                prefs.putBoolean(TOUR_ON_START, !finished);
            }
        };
    }

    /** Where the last sample was copied to: the next copy is offered the same folder. */
    public java.util.Optional<Path> samplesFolder() {
        String folder = prefs.get("samples.folder", "");
        return folder.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(folder));
    }

    public void setSamplesFolder(Path folder) {
        prefs.put("samples.folder", folder.toAbsolutePath().normalize().toString());
    }

    /** Whether the person allowed {@code file} to run with exactly this content (by its hash). */
    private boolean trusts(Path file, String contentHash) {
        return !contentHash.isEmpty() && prefs.node(TRUSTED).get(trustKey(file), "").equals(contentHash);
    }

    /** Remembers that the person allowed {@code file} to run with this content. */
    private void trust(Path file, String contentHash) {
        prefs.node(TRUSTED).put(trustKey(file), contentHash);
    }

    /** Whether the person allowed {@code file} to run as it is on disk now. */
    public boolean trustsAsItIs(Path file) {
        return hashOf(file).map(hash -> trusts(file, hash)).orElse(false);
    }

    /** Remembers that the person allowed {@code file} to run as it is on disk now. */
    public void trustAsItIs(Path file) {
        hashOf(file).ifPresent(hash -> trust(file, hash));
    }

    private static java.util.Optional<String> hashOf(Path file) {
        try {
            // never block on a pipe or load a huge file put in its place since it was opened
            if (!Files.isRegularFile(file) || Files.size(file) > dev.pipewright.input.InputFile.MAX_BYTES) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(ContentHash.of(Files.readAllBytes(file)));
        } catch (java.io.IOException | OutOfMemoryError e) {
            return java.util.Optional.empty(); // unreadable now: nothing to trust
        }
    }

    /** Preference keys are at most 80 characters: the path's hash stands for it. */
    private static String trustKey(Path file) {
        return ContentHash.of(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    }

    public double get(String key, double fallback) {
        return prefs.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        prefs.putDouble(key, value);
    }
}
