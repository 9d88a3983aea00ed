package dev.pipewright.ui.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The canvas in the middle of a run, for looking at it: {@code CanvasRunDemo.main([--dark] [--live])}.
 * Without --live the clock stands still, so that screenshots are the same every time.
 */
public final class CanvasRunDemo {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Application.setUserAgentStylesheet(args.contains("--dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            var canvas = new PipelineCanvas();
            if (!args.contains("--live")) {
                canvas.setClock(Clock.fixed(RunPipelines.NOW, ZoneOffset.UTC));
            } else {
                canvas.setClock(Clock.offset(Clock.systemUTC(), java.time.Duration.between(java.time.Instant.now(), RunPipelines.NOW)));
            }
            canvas.setPipeline(RunPipelines.release());
            stage.setScene(new Scene(canvas, 1880, 520));
            stage.setTitle("Pipewright canvas run");
            stage.show();
            javafx.application.Platform.runLater(() -> {
                canvas.setRunState(RunPipelines.midRun());
                canvas.setDisabledTransitions(Set.of("Deploy"));
                if (args.contains("--select")) {
                    canvas.getSelection().add(RunPipelines.card("Test", "Unit tests"));
                }
            });
        }
    }
}
