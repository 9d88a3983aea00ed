package dev.pipewright.ui.canvas;

import java.time.Duration;

/** Durations as a person reads them on a card: "< 1 s", "12 s", "1 min 05 s", "2 h 03 min". */
final class DurationText {
    private DurationText() {
    }

    static String of(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 1) {
            return "< 1 s";
        }
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
