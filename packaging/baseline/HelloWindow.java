import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for Pipewright's start-up: the smallest JavaFX window, packaged exactly as Pipewright
 * is (packaging/measure-startup.sh). Started like Pipewright, from a main class that is no Application.
 */
public final class HelloWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            var scene = new Scene(new Label("Hello"), 1200, 800);
            stage.setTitle("Hello window");
            stage.setScene(scene);
            stage.show();
            if (Boolean.getBoolean("pipewright.exitAfterFirstFrame")) { // the packaging's training run
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    Platform.runLater(Platform::exit);
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        }
    }
}
