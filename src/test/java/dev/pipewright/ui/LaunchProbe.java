package dev.pipewright.ui;

import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Starts the window the way {@code java -jar pipewright.jar} does ({@link Desktop#launch}), says
 * "shown" on standard out once a window is up, and ends: for tests that read what a start prints.
 */
public final class LaunchProbe {

    private LaunchProbe() {
    }

    public static void main(String[] args) throws Exception {
        var watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                    var shown = new java.util.concurrent.CompletableFuture<Boolean>();
                    Platform.runLater(() -> shown.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
                    if (shown.get()) {
                        System.out.println("shown");
                        System.out.flush();
                        Runtime.getRuntime().halt(0); // as a person closing it: nothing more to print
                    }
                } catch (IllegalStateException notStartedYet) {
                    // the toolkit is not up yet
                } catch (Exception e) {
                    return;
                }
            }
        }, "launch-probe");
        watcher.setDaemon(true);
        watcher.start();
        System.exit(Desktop.launch(null));
    }
}
