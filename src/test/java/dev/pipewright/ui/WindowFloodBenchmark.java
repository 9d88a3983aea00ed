package dev.pipewright.ui;

import static dev.pipewright.bench.Pulses.onFx;

import dev.pipewright.bench.Pulses;
import dev.pipewright.model.ActionRef;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Not a test: the whole window while a real action writes 1 GiB of output, its log open and
 * following, against the same window idle. The output goes the way every action's does: through
 * the engine's pipe reader, secret masking and log file, to the log view reading that file.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pipewright.ui.WindowFloodBenchmark
 * </pre>
 */
public final class WindowFloodBenchmark {

    /** {@code -Dbench.logMib=N} makes the flood smaller for a quick look (bench/run --log-mib). */
    private static final long FLOOD_BYTES = Long.getLong("bench.logMib", 1024L) << 20;
    private static final String LINE =
            "2026-11-29T10:00:00.000Z [INFO] [worker-3] compiled src/main/java/dev/example/Module42.java in 17 ms";

    public static void main(String[] args) throws Exception {
        Pulses.headless();
        Path dir = Files.createTempDirectory("pipewright-window-bench");
        Preferences prefs = Preferences.userRoot().node("dev/pipewright/bench-" + System.nanoTime());
        prefs.putBoolean(UserSettings.ASK_BEFORE_FIRST_RUN, false); // runs files it wrote itself (TrustPromptTest asks)
        prefs.putBoolean(UserSettings.TOUR_ON_START, false); // no guided tour over the window (TourWindowTest)
        System.out.printf(Locale.ROOT, "Pipewright window benchmark — %d cores, Java %s, prism %s, window 1400x900%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("prism.order"));
        try {
            run(dir, prefs);
        } finally {
            prefs.removeNode();
            FxToolkit.cleanupStages();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static Path pipeline(Path dir, String name, long bytes) throws java.io.IOException {
        return Files.writeString(dir.resolve(name + ".pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "%s", "stages": [ { "name": "Build", "actions": [
                  { "name": "Flood", "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "yes '%s' | head -c %d" } } ] } ] } }"""
                .formatted(name, LINE, bytes));
    }

    /**
     * Runs the open pipeline and follows the Flood action's log until it succeeds. The card is
     * selected before Run, so its log shows as the run starts; selecting it during the flood would
     * also measure building the inspector's form for it (one pause of about 170 ms here, under
     * the flood's load; see the README).
     */
    private static void runAndFollow(Stage stage, MainWindow window, String which) throws Exception {
        onFx(() -> {
            if (!Boolean.getBoolean("bench.nolog")) {
                window.select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Flood"))));
                window.showTab("log-tab");
            }
            return null;
        });
        Thread.sleep(500);
        long took = onFx(() -> {
            long t0 = System.nanoTime();
            ((Button) stage.getScene().lookup("#cmd-run")).fire();
            return System.nanoTime() - t0;
        });
        System.out.printf(Locale.ROOT, "pressing Run, %s: %.1f ms of work on the window thread%n", which, took / 1e6);
        waitFor(stage, 60, "running", "succeeded");
        waitFor(stage, 600, "succeeded");
    }

    private static void run(Path dir, Preferences prefs) throws Exception {
        Path warmUp = pipeline(dir, "warm-up", 64L << 20);
        Path file = pipeline(dir, "flood", FLOOD_BYTES);
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        Pulses pulses = new Pulses(() -> { });
        onFx(() -> {
            Theme.apply(false);
            window[0] = new MainWindow(stage, new UserSettings(prefs), dir.resolve("runs"));
            stage.setWidth(1400);
            stage.setHeight(900);
            window[0].show();
            window[0].open(warmUp);
            pulses.start();
            pulses.measureWork(stage.getScene());
            return null;
        });
        Thread.sleep(1500); // first layout, CSS
        // a first run of 64 MiB, not measured: loading and compiling the engine's and the log's code
        // is a one-time cost, not what a flood of output does to the window
        runAndFollow(stage, window[0], "warm-up run");
        onFx(() -> {
            window[0].open(file);
            return null;
        });
        Thread.sleep(1000);
        Pulses.Frames idle = pulses.record(() -> {
            Thread.sleep(TimeUnit.SECONDS.toMillis(3));
            return null;
        });

        long[] nanos = new long[1];
        Pulses.Frames flood = pulses.record(() -> {
            long start = System.nanoTime();
            runAndFollow(stage, window[0], "measured run");
            nanos[0] = System.nanoTime() - start;
            return null;
        });
        Path log;
        try (var files = Files.walk(dir.resolve("runs"))) {
            log = files.filter(p -> p.getFileName().toString().endsWith(".log") && p.toString().contains("flood"))
                    .findFirst().orElseThrow();
        }
        Thread.sleep(1500); // the log view's last look at the file
        String logStatus = onFx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#log-status")).getText());
        Pulses.print("1 GiB action", idle, flood);
        System.out.printf(Locale.ROOT, "FIGURE pause %.1f %.1f%n", flood.longest(), idle.longest());
        System.out.printf(Locale.ROOT, "%naction: %,d bytes of output in %.1f s (%.0f MB/s through the engine to the log file %s)%n",
                Files.size(log), nanos[0] / 1e9, Files.size(log) / 1e6 / (nanos[0] / 1e9), log.getFileName());
        System.out.println("the log view at the end: " + logStatus);
    }

    private static void waitFor(Stage stage, int seconds, String... statuses) throws Exception {
        var wanted = java.util.Arrays.stream(statuses).map(PseudoClass::getPseudoClass).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(() -> card(stage).getPseudoClassStates().stream().anyMatch(wanted::contains))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Flood card never became " + String.join(" or ", statuses));
            }
            Thread.sleep(100);
        }
    }

    private static Node card(Stage stage) {
        return stage.getScene().getRoot().lookupAll(".card").stream()
                .filter(n -> n.lookupAll(".card-title").stream()
                        .anyMatch(t -> t instanceof Label l && l.getText().equals("Flood")))
                .findFirst().orElseThrow();
    }
}
