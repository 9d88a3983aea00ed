package dev.pipewright.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * With {@code -Dpipewright.exitAfterFirstFrame=true} the window closes the application once its first
 * frame is drawn. Packaging uses it for the training run that records which classes a start loads
 * (the class-data-sharing archive of the installed app); a person never sets it.
 */
final class FirstFrameExit {

    static final String PROPERTY = "pipewright.exitAfterFirstFrame";

    private FirstFrameExit() {
    }

    /** Call after the stage is shown; does nothing unless the property is set. */
    static void ifAsked(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            afterFirstFrame(stage.getScene(), Platform::exit);
        }
    }

    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the next pulse has drawn the frame laid out in this one
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
