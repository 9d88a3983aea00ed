package dev.pipewright.ui;

import javafx.application.Application;

/** Opens the window from {@code Main}, which must not touch JavaFX itself (it also runs headless). */
public final class Desktop {

    /** Held here: java.util.logging keeps its loggers weakly, and a collected one forgets its filter. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Desktop() {
    }

    /**
     * JavaFX warns at every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how this jar is meant to run. Only that one message is dropped:
     * JavaFX logs it to the logger named "javafx", whose other messages still show.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /** Runs the window until it closes; returns the process exit code. */
    public static int launch(String file) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            System.err.println("pipewright: cannot open the window: there is no display here (DISPLAY is not set).");
            System.err.println("The command line works without one: pipewright --help");
            return 4;
        }
        quietClassPathWarning();
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
