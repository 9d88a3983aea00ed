package dev.pipewright.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Not a test: the baseline of the start-up figure, a bare JavaFX window with one label, as large as Pipewright's. */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("bare");
        stage.setScene(new Scene(new StackPane(new Label("a bare JavaFX window")), 1400, 900));
        stage.show();
    }
}
