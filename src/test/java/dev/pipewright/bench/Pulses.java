package dev.pipewright.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Records JavaFX pulses for the window benchmarks: an {@link AnimationTimer} notes every pulse, and
 * the gap between two is how long the application thread was away. Also starts JavaFX headless.
 */
public final class Pulses {

    private final List<Long> pulses = new ArrayList<>();
    private volatile boolean recording;
    private final Runnable everyPulse;
    private long pulseStart;
    private final List<Long> work = new ArrayList<>();

    /** @param everyPulse also run on each pulse (e.g. what the window does per frame) */
    public Pulses(Runnable everyPulse) {
        this.everyPulse = everyPulse;
    }

    /** Sets Monocle's headless properties (those of the pom's {@code test.argLine}) unless given. */
    public static void headless() {
        for (String p : ("testfx.robot=glass testfx.headless=true prism.order=sw glass.platform=Monocle "
                + "monocle.platform=Headless headless.geometry=1600x1000-32").split(" ")) {
            String[] kv = p.split("=", 2);
            System.setProperty(kv[0], System.getProperty(kv[0], kv[1]));
        }
    }

    /** Starts counting pulses; call on the FX thread. */
    public void start() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (recording) {
                    pulses.add(now);
                }
                pulseStart = System.nanoTime();
                everyPulse.run();
            }
        }.start();
    }

    /**
     * Also notes how long each pulse's own work took (animation, CSS, layout; not painting), to
     * tell a busy application thread from one that waits for the CPU.
     */
    public void measureWork(javafx.scene.Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (recording) {
                work.add(System.nanoTime() - pulseStart);
            }
        });
    }

    /** The pulses while {@code during} runs on the calling thread. */
    public Frames record(Callable<?> during) throws Exception {
        onFx(() -> {
            pulses.clear();
            work.clear();
            recording = true;
            return null;
        });
        long start = System.nanoTime();
        during.call();
        long end = System.nanoTime();
        Frames frames = onFx(() -> {
            recording = false;
            return new Frames(new ArrayList<>(pulses), (end - start) / 1e9,
                    work.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        });
        return frames;
    }

    public static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Prints idle and busy side by side. */
    public static void print(String busyName, Frames idle, Frames busy) {
        System.out.printf(Locale.ROOT, "%n%-40s %12s %12s%n", "", "idle", busyName);
        System.out.printf(Locale.ROOT, "%-40s %9.2f s %9.2f s%n", "duration", idle.seconds(), busy.seconds());
        System.out.printf(Locale.ROOT, "%-40s %12d %12d%n", "pulses", idle.gaps.length, busy.gaps.length);
        System.out.printf(Locale.ROOT, "%-40s %9.1f    %9.1f%n", "frames per second", idle.fps(), busy.fps());
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "longest gap between pulses", idle.longest(), busy.longest());
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "99th percentile gap", idle.percentile(99), busy.percentile(99));
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "95th percentile gap", idle.percentile(95), busy.percentile(95));
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "median gap", idle.percentile(50), busy.percentile(50));
        System.out.printf(Locale.ROOT, "%-40s %12d %12d%n", "gaps over 100 ms", idle.over(100), busy.over(100));
        System.out.printf(Locale.ROOT, "%-40s %9.2f s %9.2f s%n", "longest gap began at", idle.longestAt(), busy.longestAt());
        if (busy.worstWork > 0) {
            System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "longest pulse work (CSS+layout)",
                    idle.worstWork, busy.worstWork);
        }
    }

    /** Gaps between successive pulses, in milliseconds. */
    public static final class Frames {
        final double[] gaps;
        final double seconds;

        final double worstWork;

        Frames(List<Long> pulses, double seconds, double worstWork) {
            this.worstWork = worstWork;
            gaps = new double[Math.max(0, pulses.size() - 1)];
            for (int i = 1; i < pulses.size(); i++) {
                gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
            }
            this.seconds = seconds;
        }

        public double seconds() {
            return seconds;
        }

        public double fps() {
            return gaps.length / seconds;
        }

        public double longest() {
            return Arrays.stream(gaps).max().orElse(0);
        }

        /** When the longest gap began, in seconds from the first pulse recorded. */
        public double longestAt() {
            double at = 0;
            double longest = -1;
            double t = 0;
            for (double gap : gaps) {
                if (gap > longest) {
                    longest = gap;
                    at = t;
                }
                t += gap;
            }
            return at / 1000;
        }

        public long over(double millis) {
            return Arrays.stream(gaps).filter(g -> g > millis).count();
        }

        public double percentile(int p) {
            if (gaps.length == 0) {
                return 0;
            }
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
