package dev.pipewright.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Not a test: starts a window the way {@code java -jar} does and prints, once its first frame with
 * content is drawn, the milliseconds since the JVM started, the classes loaded and the peak resident
 * memory, then exits. {@code bench/run} runs it under Xvfb, side by side:
 * <ul>
 *   <li>{@code FirstFrame bare}: {@link BareWindow}, the baseline;</li>
 *   <li>{@code FirstFrame FILE}: Pipewright's own {@code main} on FILE, done when the canvas has a card
 *       (and the pulse after it, so the frame holding it has been rendered).</li>
 * </ul>
 * Both run from the same class path, so the difference is Pipewright's own start-up.
 */
public final class FirstFrame {

    private static volatile boolean contentSeen;

    public static void main(String[] args) throws Exception {
        boolean bare = args.length == 1 && args[0].equals("bare");
        Thread watcher = new Thread(() -> watch(bare), "first-frame-watcher");
        watcher.setDaemon(true);
        watcher.start();
        if (bare) {
            Application.launch(BareWindow.class);
        } else {
            dev.pipewright.Main.main(args);
        }
    }

    /** Waits for the toolkit (without starting it), then looks at every window shown. */
    private static void watch(boolean bare) {
        while (true) {
            try {
                Platform.runLater(() -> {
                    Window.getWindows().forEach(w -> follow(w, bare));
                    Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                        while (c.next()) {
                            c.getAddedSubList().forEach(w -> follow(w, bare));
                        }
                    });
                });
                return;
            } catch (IllegalStateException notYet) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void follow(Window window, boolean bare) {
        Scene scene = window.getScene();
        if (scene == null) {
            window.sceneProperty().addListener((o, was, now) -> follow(window, bare));
            return;
        }
        scene.addPostLayoutPulseListener(() -> {
            if (!window.isShowing()) {
                return;
            }
            if (contentSeen) {
                done(); // the pulse after the one that laid the content out: that frame has been rendered
            } else if (bare || scene.getRoot().lookup(".card") != null) {
                contentSeen = true;
                Platform.requestNextPulse();
            }
        });
        Platform.requestNextPulse();
    }

    private static void done() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf(Locale.ROOT, "FIRST-FRAME ms=%d classes=%d peak-rss-mb=%d%n", ms, classes, peakRssMb());
        System.out.flush();
        if (Boolean.getBoolean("bench.profile")) {
            System.exit(0); // runs the shutdown hooks, so a flight recording is written
        }
        Runtime.getRuntime().halt(0); // the figure is taken: no shutdown work to wait for
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception unreadable) {
            // not Linux: no figure
        }
        return -1;
    }

    private FirstFrame() {
    }
}
