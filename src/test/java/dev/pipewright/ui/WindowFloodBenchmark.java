package dev.pipewright.ui;

import static dev.pipewright.bench.Pulses.onFx;

import dev.pipewright.bench.Pulses;
import dev.pipewright.edit.ActionRef;
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

    private static final long FLOOD_BYTES = 1L << 30;
    private static final String LINE =
            "2026-11-29T10:00:00.000Z [INFO] [worker-3] compiled src/main/java/dev/example/Module42.java in 17 ms";

    public static void main(String[] args) throws Exception {
        Pulses.headless();
        Path dir = Files.createTempDirectory("pipewright-window-bench");
        Preferences prefs = Preferences.userRoot().node("dev/pipewright/bench-" + System.nanoTime());
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

    private static void run(Path dir, Preferences prefs) throws Exception {
        Path file = Files.writeString(dir.resolve("flood.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "flood", "stages": [ { "name": "Build", "actions": [
                  { "name": "Flood", "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "yes '%s' | head -c %d" } } ] } ] } }"""
                .formatted(LINE, FLOOD_BYTES));
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow[] window = new MainWindow[1];
        Pulses pulses = new Pulses(() -> { });
        onFx(() -> {
            Theme.apply(false);
            window[0] = new MainWindow(stage, new UserSettings(prefs), dir.resolve("runs"));
            stage.setWidth(1400);
            stage.setHeight(900);
            window[0].show();
            window[0].open(file);
            pulses.start();
            pulses.measureWork(stage.getScene());
            return null;
        });
        Thread.sleep(1500); // warm up: first layout, CSS
        Pulses.Frames idle = pulses.record(() -> {
            Thread.sleep(TimeUnit.SECONDS.toMillis(3));
            return null;
        });

        long[] nanos = new long[1];
        Pulses.Frames flood = pulses.record(() -> {
            long start = System.nanoTime();
            onFx(() -> {
                ((Button) stage.getScene().lookup("#cmd-run")).fire();
                return null;
            });
            waitFor(stage, "running", 60);
            onFx(() -> {
                if (!Boolean.getBoolean("bench.nolog")) {
                    window[0].select(List.of(new CanvasItem.CardItem(new ActionRef("Build", "Flood"))));
                    window[0].showTab("log-tab");
                }
                return null;
            });
            waitFor(stage, "succeeded", 600);
            nanos[0] = System.nanoTime() - start;
            return null;
        });
        Path log;
        try (var files = Files.walk(dir.resolve("runs"))) {
            log = files.filter(p -> p.getFileName().toString().endsWith(".log")).findFirst().orElseThrow();
        }
        Pulses.print("1 GiB action", idle, flood);
        System.out.printf(Locale.ROOT, "%naction: %,d bytes of output in %.1f s (%.0f MB/s through the engine to the log file %s)%n",
                Files.size(log), nanos[0] / 1e9, Files.size(log) / 1e6 / (nanos[0] / 1e9), log.getFileName());
    }

    private static void waitFor(Stage stage, String status, int seconds) throws Exception {
        PseudoClass wanted = PseudoClass.getPseudoClass(status);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onFx(() -> card(stage).getPseudoClassStates().contains(wanted))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Flood card never became " + status);
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
