package dev.pipewright.bench;

import static dev.pipewright.bench.Pulses.onFx;

import dev.pipewright.ui.Theme;
import dev.pipewright.ui.logs.LogView;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;

/**
 * Not a test: how a following {@link LogView} alone holds up while another thread appends 1 GiB to
 * its file as fast as it can (64 KiB writes), against the same view idle. {@code WindowFloodBenchmark}
 * does the same with the whole window and a real action. It starts JavaFX headless itself:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pipewright.bench.LogViewBenchmark
 * </pre>
 */
public final class LogViewBenchmark {

    private static final long FLOOD_BYTES = 1L << 30;
    private static final int CHUNK = 64 * 1024;
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    private static final byte[] LINE = ("2026-11-29T10:00:00.000Z [INFO] [worker-3] compiled "
            + "src/main/java/dev/example/Module42.java in 17 ms\n").getBytes(StandardCharsets.US_ASCII);

    public static void main(String[] args) throws Exception {
        Pulses.headless();
        Path dir = Files.createTempDirectory("pipewright-log-bench");
        Path log = dir.resolve("flood.log");
        Files.write(log, new byte[0]);
        System.out.printf(Locale.ROOT, "Pipewright log view benchmark — %d cores, Java %s, prism %s, view %.0fx%.0f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("prism.order"), WIDTH, HEIGHT);
        try {
            run(log);
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(dir);
            FxToolkit.cleanupStages();
        }
        System.exit(0);
    }

    private static void run(Path log) throws Exception {
        javafx.stage.Stage stage = FxToolkit.registerPrimaryStage();
        LogView[] view = new LogView[1];
        Pulses pulses = new Pulses(() -> view[0].refresh()); // the window refreshes the log once per frame
        onFx(() -> {
            Theme.apply(false);
            view[0] = new LogView(path -> { });
            stage.setScene(new Scene(view[0], WIDTH, HEIGHT));
            stage.show();
            view[0].show(log, "Build / Flood");
            pulses.start();
            pulses.measureWork(stage.getScene());
            return null;
        });
        Thread.sleep(1000); // warm up: first layout, CSS

        Pulses.Frames idle = pulses.record(() -> {
            Thread.sleep(TimeUnit.SECONDS.toMillis(3));
            return null;
        });
        long[] written = new long[1];
        long[] writeNanos = new long[1];
        Pulses.Frames flood = pulses.record(() -> {
            long start = System.nanoTime();
            written[0] = flood(log);
            writeNanos[0] = System.nanoTime() - start;
            return null;
        });
        long catchUpStart = System.nanoTime();
        long expectedLines = written[0] / LINE.length;
        while (onFx(() -> view[0].lineCountProperty().get()) < expectedLines) {
            Thread.sleep(5);
        }
        double catchUpMs = (System.nanoTime() - catchUpStart) / 1e6;
        boolean followed = onFx(() -> view[0].followTailProperty().get());
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        Pulses.print("1 GiB flood", idle, flood);
        System.out.printf(Locale.ROOT, "%nwriter: %,d bytes in %,d-byte writes, %.0f MB/s; lines: %,d%n", written[0], CHUNK,
                written[0] / 1e6 / (writeNanos[0] / 1e9), expectedLines);
        System.out.printf(Locale.ROOT, "view caught up with the last line %.0f ms after the writer stopped; following: %s%n",
                catchUpMs, followed ? "yes" : "NO");
        System.out.printf(Locale.ROOT, "heap used after GC with the 1 GiB log shown: %.1f MB%n", heap / 1e6);
    }

    /** Appends whole lines in 64 KiB writes until 1 GiB; returns the bytes written. */
    private static long flood(Path log) throws java.io.IOException {
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
        }
        return written;
    }
}
