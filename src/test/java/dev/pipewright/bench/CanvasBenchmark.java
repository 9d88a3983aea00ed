package dev.pipewright.bench;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.edit.PipelineEdits;
import dev.pipewright.actions.Providers;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.ui.MainWindow;
import dev.pipewright.ui.Theme;
import dev.pipewright.ui.UserSettings;
import dev.pipewright.ui.WindowProbe;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.canvas.SyncStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxToolkit;

/**
 * Not a test: prints what the designer window costs with a 500-action pipeline, each figure beside
 * the same window with a 5-action pipeline (opening, one edit) or idle (zooming and scrolling).
 * It starts JavaFX headless with Monocle itself (the same properties as the pom's
 * {@code test.argLine}), so no {@code -D} flags are needed:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pipewright.bench.CanvasBenchmark
 * </pre>
 *
 * <p>Frames are timed with an {@link AnimationTimer}: the gap between two of its calls is how long
 * the application thread was away (the previous pulse's CSS, layout and rendering, plus whatever
 * ran between). Zoom and scroll steps run one per pulse, from the timer itself, so each step's cost
 * lands in the gap that follows it. "Laid out" is Scene's post-layout pulse listener.
 */
public final class CanvasBenchmark {

    private static final int STAGES = 10;
    private static final int PER_STAGE = 50;
    private static final int GROUP_SIZE = 10;
    private static final int LINK_EVERY = 5;
    private static final int ROUNDS = 3;
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;

    private MainWindow window;
    private WindowProbe probe;
    private javafx.stage.Stage stage;

    public static void main(String[] args) throws Exception {
        for (String p : ("testfx.robot=glass testfx.headless=true prism.order=sw glass.platform=Monocle "
                + "monocle.platform=Headless headless.geometry=1600x1000-32").split(" ")) {
            String[] kv = p.split("=", 2);
            System.setProperty(kv[0], System.getProperty(kv[0], kv[1]));
        }
        Path dir = Files.createTempDirectory("pipewright-canvas-bench");
        Path big = dir.resolve("big.pipeline.json");
        Path small = dir.resolve("small.pipeline.json");
        PipelineFiles.save(generated(STAGES, PER_STAGE), big);
        PipelineFiles.save(generated(1, 5), small);
        System.out.printf(Locale.ROOT, "Pipewright canvas benchmark — %d cores, Java %s, JavaFX %s, prism %s, window %.0fx%.0f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("prism.order"), WIDTH, HEIGHT);
        System.out.printf(Locale.ROOT, "big: %d stages x %d actions (runOrder groups of %d, an artifact link from every %dth action"
                + " to the next stage); small: 1 stage x 5 actions%n", STAGES, PER_STAGE, GROUP_SIZE, LINK_EVERY);
        Preferences prefs = Preferences.userRoot().node("dev/pipewright/bench-" + System.nanoTime());
        prefs.putBoolean(dev.pipewright.ui.UserSettings.TOUR_ON_START, false); // no guided tour over the window (TourWindowTest)
        try {
            new CanvasBenchmark().run(prefs, big, small);
        } finally {
            prefs.removeNode();
            FxToolkit.cleanupStages();
        }
        System.exit(0);
    }

    /** Stages × actions: shell actions in runOrder groups, every LINK_EVERYth one feeding the same one in the next stage. */
    static Pipeline generated(int stages, int perStage) {
        var list = new ArrayList<Stage>();
        for (int s = 0; s < stages; s++) {
            var actions = new ArrayList<Action>();
            for (int a = 0; a < perStage; a++) {
                Action action = Action.of("Step" + a, ActionCategory.BUILD, "Shell")
                        .withRunOrder(a / GROUP_SIZE + 1)
                        .withSetting("commands", ConfigValue.text("echo stage " + s + " step " + a));
                if (a % LINK_EVERY == 0) {
                    action = action.withOutputArtifacts(List.of(OutputArtifact.named("Out" + s + "x" + a)));
                    if (s > 0) {
                        action = action.withInputArtifacts(List.of("Out" + (s - 1) + "x" + a));
                    }
                }
                actions.add(action);
            }
            list.add(new Stage("Stage" + s, actions, Map.of()));
        }
        return Pipeline.of("bench").withStages(list);
    }

    private void run(Preferences prefs, Path big, Path small) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Theme.apply(false);
            window = new MainWindow(stage, new UserSettings(prefs));
            probe = new WindowProbe(window);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            window.show();
            return null;
        });

        // 1. open: warm up once each, then alternate and keep the median
        openMillis(small);
        openMillis(big);
        double[] smallOpen = new double[ROUNDS];
        double[] bigOpen = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            smallOpen[i] = openMillis(small);
            bigOpen[i] = openMillis(big);
        }

        // 2. zoom and scroll against idle, with the big pipeline open at 100 %
        openMillis(big);
        onFx(() -> {
            probe.canvas().resetZoom();
            return null;
        });
        Frames idle = frames(0, i -> { }, 120);
        PipelineCanvas canvas = probe.canvas();
        Frames zoom = frames(100, i -> zoomStep(canvas, i), 10);
        onFx(() -> {
            canvas.resetZoom();
            return null;
        });
        ScrollPane scroll = (ScrollPane) canvas.lookup(".canvas-scroll");
        Frames pan = frames(120, i -> scrollStep(scroll, i), 10);

        // 3. one edit: small pipeline first (baseline), then big, each the median of ROUNDS
        Edit smallEdit = null;
        Edit bigEdit = null;
        double[] smallEdits = new double[ROUNDS];
        double[] bigEdits = new double[ROUNDS];
        openMillis(small);
        for (int i = 0; i < ROUNDS; i++) {
            smallEdit = edit(i);
            smallEdits[i] = smallEdit.millis;
        }
        openMillis(big);
        for (int i = 0; i < ROUNDS; i++) {
            bigEdit = edit(i);
            bigEdits[i] = bigEdit.millis;
        }

        double so = median(smallOpen);
        double bo = median(bigOpen);
        System.out.printf(Locale.ROOT, "%n%-44s %12s %12s %8s%n", "", "baseline", "500 actions", "ratio");
        System.out.printf(Locale.ROOT, "%-44s %9.0f ms %9.0f ms %8.1f%n",
                "open file -> first pulse laid out (median)", so, bo, bo / so);
        System.out.printf(Locale.ROOT, "%-44s %9.1f ms %9.1f ms %8.1f%n",
                "zoom in/out x50 each: longest pause", idle.longest(), zoom.longest(), zoom.longest() / idle.longest());
        System.out.printf(Locale.ROOT, "%-44s %9.1f ms %9.1f ms %8.1f%n",
                "zoom in/out x50 each: 95th pct frame", idle.percentile(95), zoom.percentile(95),
                zoom.percentile(95) / idle.percentile(95));
        System.out.printf(Locale.ROOT, "%-44s %9.1f    %9.1f    %8.2f%n",
                "zoom in/out x50 each: frames per second", idle.fps(), zoom.fps(), zoom.fps() / idle.fps());
        System.out.printf(Locale.ROOT, "%-44s %9.1f ms %9.1f ms %8.1f%n",
                "scroll across (120 steps): longest pause", idle.longest(), pan.longest(), pan.longest() / idle.longest());
        System.out.printf(Locale.ROOT, "%-44s %9.1f    %9.1f    %8.2f%n",
                "scroll across (120 steps): frames per second", idle.fps(), pan.fps(), pan.fps() / idle.fps());
        double se = median(smallEdits);
        double be = median(bigEdits);
        System.out.printf(Locale.ROOT, "%-44s %9.1f ms %9.1f ms %8.1f%n",
                "one setting edit -> next pulse laid out", se, be, be / se);
        System.out.printf(Locale.ROOT, "%-44s %12s %12s%n", "  canvas lastSync (created/updated/removed/untouched)",
                stats(smallEdit.sync), stats(bigEdit.sync));
        System.out.printf(Locale.ROOT, "(baseline: 5-action pipeline for open and edit; the same window idle for %d frames"
                + " for zoom and scroll)%n", idle.gaps.length);
        System.out.printf(Locale.ROOT, "open rounds ms: small %s, big %s; edit rounds ms: small %s, big %s%n",
                fmt(smallOpen), fmt(bigOpen), fmt(smallEdits), fmt(bigEdits));
    }

    private static String stats(SyncStats s) {
        return s.created() + "/" + s.updated() + "/" + s.removed() + "/" + s.untouched();
    }

    private static String fmt(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // zoom: cycles of 2 in, 5 out, 3 in (1.44 down to 0.40 and back to 1), 10 cycles = 50 in and 50 out
    private static void zoomStep(PipelineCanvas canvas, int i) {
        int k = i % 10;
        if (k < 2 || k >= 7) {
            canvas.zoomIn();
        } else {
            canvas.zoomOut();
        }
    }

    // scroll: three rows (top, middle, bottom), each swept left to right in 40 steps
    private static void scrollStep(ScrollPane scroll, int i) {
        scroll.setVvalue((i / 40) / 2.0);
        scroll.setHvalue((i % 40) / 39.0);
    }

    /** Closes what is open, then opens {@code file}; the time until a pulse has laid out the pipeline (and the opening fit). */
    private double openMillis(Path file) throws Exception {
        onFx(() -> {
            probe.close();
            return null;
        });
        var laidOut = new CompletableFuture<Long>();
        long start = onFx(() -> {
            long t0 = System.nanoTime();
            window.open(file);
            // the canvas syncs on a runLater, and the window fits the view two runLaters later
            Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> afterNextLayout(laidOut))));
            return t0;
        });
        long end = laidOut.get(60, TimeUnit.SECONDS);
        int cards = onFx(() -> probe.canvas().getLayout().cards().size());
        int expected = PipelineFiles.read(file).stages().stream().mapToInt(s -> s.actions().size()).sum();
        if (cards != expected) {
            throw new IllegalStateException("laid out " + cards + " cards, expected " + expected);
        }
        return (end - start) / 1e6;
    }

    private record Edit(double millis, SyncStats sync) {
    }

    /** Changes the commands of the last action of the last stage through the document's history. */
    private Edit edit(int round) throws Exception {
        var laidOut = new CompletableFuture<Long>();
        long start = onFx(() -> {
            Document doc = probe.document().orElseThrow();
            Pipeline p = doc.current();
            Stage last = p.stages().get(p.stages().size() - 1);
            var ref = new ActionRef(last.name(), last.actions().get(last.actions().size() - 1).name());
            var edits = new PipelineEdits(Providers.builtIn());
            long t0 = System.nanoTime();
            doc.history().apply("Set commands", q -> edits.setSetting(q, ref, "commands",
                    ConfigValue.text("echo edited " + round)));
            Platform.runLater(() -> afterNextLayout(laidOut));
            return t0;
        });
        long end = laidOut.get(60, TimeUnit.SECONDS);
        return new Edit((end - start) / 1e6, onFx(() -> probe.canvas().lastSync()));
    }

    private void afterNextLayout(CompletableFuture<Long> done) {
        var scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            done.complete(System.nanoTime());
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Frame gaps in ms while {@code steps} steps run one per pulse, then {@code tail} more pulses. */
    private record Frames(double[] gaps, double seconds) {

        double longest() {
            return Arrays.stream(gaps).max().orElse(0);
        }

        double percentile(int p) {
            double[] sorted = gaps.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        double fps() {
            return gaps.length / seconds;
        }
    }

    private Frames frames(int steps, IntConsumer step, int tail) throws Exception {
        var done = new CompletableFuture<Frames>();
        onFx(() -> {
            new AnimationTimer() {
                private final List<Long> times = new ArrayList<>();

                @Override
                public void handle(long now) {
                    times.add(System.nanoTime());
                    int i = times.size() - 1;
                    if (i < steps) {
                        step.accept(i);
                    } else if (i >= steps + tail) {
                        stop();
                        double[] gaps = new double[times.size() - 1];
                        for (int g = 0; g < gaps.length; g++) {
                            gaps[g] = (times.get(g + 1) - times.get(g)) / 1e6;
                        }
                        done.complete(new Frames(gaps, (times.get(times.size() - 1) - times.get(0)) / 1e9));
                    }
                }
            }.start();
            return null;
        });
        return done.get(120, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
