package dev.pipewright.bench;

import dev.pipewright.ui.Theme;
import dev.pipewright.ui.logs.LogView;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

/**
 * Not a test: how a following {@link LogView} holds up while another thread appends 1 GiB to its
 * file as fast as it can (64 KiB writes), against the same window idle. It starts JavaFX headless
 * with Monocle itself (the pom's {@code test.argLine} properties), so no {@code -D} flags are needed:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pipewright.bench.LogViewBenchmark
 * </pre>
 *
 * <p>An {@link AnimationTimer} records every pulse; the gap between two is how long the application
 * thread was away. It also calls {@link LogView#refresh()} once per frame, as the window does during
 * a run.
 */
public final class LogViewBenchmark {

    private static final long FLOOD_BYTES = 1L << 30;
    private static final int CHUNK = 64 * 1024;
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final List<Long> pulses = new ArrayList<>();
    private volatile boolean recording;

    public static void main(String[] args) throws Exception {
        for (String p : ("testfx.robot=glass testfx.headless=true prism.order=sw glass.platform=Monocle "
                + "monocle.platform=Headless headless.geometry=1600x1000-32").split(" ")) {
            String[] kv = p.split("=", 2);
            System.setProperty(kv[0], System.getProperty(kv[0], kv[1]));
        }
        Path dir = Files.createTempDirectory("pipewright-log-bench");
        Path log = dir.resolve("flood.log");
        Files.write(log, new byte[0]);
        System.out.printf(Locale.ROOT, "Pipewright log view benchmark — %d cores, Java %s, JavaFX %s, prism %s, window %.0fx%.0f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("prism.order"), WIDTH, HEIGHT);
        try {
            new LogViewBenchmark().run(log);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
            FxToolkit.cleanupStages();
        }
        System.exit(0);
    }

    private void run(Path log) throws Exception {
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        LogView view = onFx(() -> {
            Theme.apply(false);
            LogView v = new LogView(path -> { });
            stage.setScene(new Scene(v, WIDTH, HEIGHT));
            stage.show();
            v.show(log, "Build / Flood");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (recording) {
                        pulses.add(now);
                    }
                    v.refresh();
                }
            }.start();
            return v;
        });
        Thread.sleep(1000); // warm up: first layout, CSS

        Frames idle = record(() -> sleepNanos(IDLE_NANOS));

        long[] written = new long[1];
        long[] writeNanos = new long[1];
        Frames flood = record(() -> {
            long start = System.nanoTime();
            written[0] = flood(log);
            writeNanos[0] = System.nanoTime() - start;
        });
        long catchUpStart = System.nanoTime();
        long expectedLines = written[0] / LINE.length;
        while (onFx(() -> view.lineCountProperty().get()) < expectedLines) {
            Thread.sleep(5);
        }
        double catchUpMs = (System.nanoTime() - catchUpStart) / 1e6;
        int followed = onFx(() -> view.followTailProperty().get() ? 1 : 0);

        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        System.out.printf(Locale.ROOT, "%n%-40s %12s %12s%n", "", "idle", "1 GiB flood");
        System.out.printf(Locale.ROOT, "%-40s %9.2f s %9.2f s%n", "duration", idle.seconds(), flood.seconds());
        System.out.printf(Locale.ROOT, "%-40s %12d %12d%n", "pulses", idle.gaps.length, flood.gaps.length);
        System.out.printf(Locale.ROOT, "%-40s %9.1f    %9.1f%n", "frames per second", idle.fps(), flood.fps());
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "longest gap between pulses", idle.longest(), flood.longest());
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "95th percentile gap", idle.percentile(95), flood.percentile(95));
        System.out.printf(Locale.ROOT, "%-40s %9.1f ms %9.1f ms%n", "median gap", idle.percentile(50), flood.percentile(50));
        System.out.printf(Locale.ROOT, "%nwriter: %,d bytes in %,d-byte writes, %.0f MB/s; lines: %,d%n", written[0], CHUNK,
                written[0] / 1e6 / (writeNanos[0] / 1e9), expectedLines);
        System.out.printf(Locale.ROOT, "view caught up with the last line %.0f ms after the writer stopped; following: %s%n",
                catchUpMs, followed == 1 ? "yes" : "NO");
        System.out.printf(Locale.ROOT, "heap used after GC with the 1 GiB log shown: %.1f MB%n", heap / 1e6);
    }

    private static final byte[] LINE = "2026-11-29T10:00:00.000Z [INFO] [worker-3] compiled src/main/java/dev/example/Module42.java in 17 ms\n"
            .getBytes(StandardCharsets.US_ASCII);

    /** Appends whole lines in 64 KiB writes until 1 GiB; returns the bytes written. */
    private static long flood(Path log) {
        byte[] chunk = new byte[CHUNK - CHUNK % LINE.length];
        for (int i = 0; i + LINE.length <= chunk.length; i += LINE.length) {
            System.arraycopy(LINE, 0, chunk, i, LINE.length);
        }
        long written = 0;
        try (OutputStream out = Files.newOutputStream(log, java.nio.file.StandardOpenOption.APPEND)) {
            while (written + chunk.length <= FLOOD_BYTES) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return written;
    }

    private Frames record(Runnable during) throws Exception {
        onFx(() -> {
            pulses.clear();
            recording = true;
            return null;
        });
        long start = System.nanoTime();
        during.run();
        long end = System.nanoTime();
        List<Long> copy = onFx(() -> {
            recording = false;
            return new ArrayList<>(pulses);
        });
        return new Frames(copy, (end - start) / 1e9);
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
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

    /** Gaps between successive pulses, in milliseconds. */
    private static final class Frames {
        final double[] gaps;
        final double seconds;

        Frames(List<Long> pulses, double seconds) {
            gaps = new double[Math.max(0, pulses.size() - 1)];
            for (int i = 1; i < pulses.size(); i++) {
                gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
            }
            this.seconds = seconds;
        }

        double seconds() {
            return seconds;
        }

        double fps() {
            return gaps.length / seconds;
        }

        double longest() {
            return Arrays.stream(gaps).max().orElse(0);
        }

        double percentile(int p) {
            if (gaps.length == 0) {
                return 0;
            }
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
