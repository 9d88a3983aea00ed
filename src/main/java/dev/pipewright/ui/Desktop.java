package dev.pipewright.ui;

import javafx.application.Application;

/** Opens the window from {@code Main}, which must not touch JavaFX itself (it also runs headless). */
public final class Desktop {
    private Desktop() {
    }

    /** Runs the window until it closes; returns the process exit code. */
    public static int launch(String file) {
        try {
            if (file == null) {
                Application.launch(PipewrightApp.class);
            } else {
                Application.launch(PipewrightApp.class, file);
            }
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println("pipewright: cannot open the window: " + e.getMessage());
            System.err.println("There seems to be no display here. The command line works without one: pipewright --help");
            return 4;
        }
    }
}
