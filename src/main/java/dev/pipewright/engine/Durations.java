package dev.pipewright.engine;

import java.time.Duration;

/** Durations in the words and figures people read: "1.2 s", "3 min 05 s", "2 h 10 min". */
public final class Durations {
    private Durations() {
    }

    public static String words(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = d.toSeconds();
        if (seconds < 3600) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        if (seconds < 86_400) {
            return String.format(java.util.Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
        }
        return String.format(java.util.Locale.ROOT, "%d d %d h", seconds / 86_400, (seconds % 86_400) / 3600);
    }
}
