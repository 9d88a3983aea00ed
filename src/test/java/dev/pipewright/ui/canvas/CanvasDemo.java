package dev.pipewright.ui.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A window with only the canvas, for looking at it: {@code CanvasDemo.main(FILE [--dark] [--select])}.
 * Not an Application subclass itself, so that it starts from a plain class path.
 */
public final class CanvasDemo {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            boolean dark = args.contains("--dark");
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            var canvas = new PipelineCanvas();
            canvas.setPipeline(PipelineFiles.read(Path.of(args.get(0))));
            stage.setScene(new Scene(canvas, 1280, 720));
            stage.setTitle("Pipewright canvas");
            stage.show();
            if (args.contains("--select")) {
                javafx.application.Platform.runLater(() -> {
                    canvas.getSelection().add(new CanvasItem.CardItem(new dev.pipewright.model.ActionRef("Build", "Compile")));
                    canvas.setProblems(java.util.Map.of(new CanvasItem.CardItem(new dev.pipewright.model.ActionRef("Deploy", "Install")),
                            new CanvasProblem(dev.pipewright.model.Severity.ERROR, "target is missing")));
                });
            }
        }
    }
}
