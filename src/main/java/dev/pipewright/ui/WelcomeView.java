package dev.pipewright.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows with no pipeline open: New, Open, recent files and the examples. */
public final class WelcomeView extends VBox {

    public WelcomeView(List<Path> recent, Runnable onNew, Runnable onOpen, Consumer<Path> onOpenFile) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        var column = new VBox(6);
        column.setMaxWidth(520);

        var title = new Label("Pipewright", Icons.of("mdi2s-source-branch"));
        title.getStyleClass().add("welcome-title");
        var subtitle = new Label("Draw a CI/CD pipeline, then run it here, on your own machine.");
        subtitle.getStyleClass().add("text-muted");

        var newButton = new Button("New pipeline", Icons.of(AppCommand.NEW.icon()));
        newButton.setId("welcome-new");
        newButton.getStyleClass().add("accent");
        newButton.setDefaultButton(true);
        newButton.setOnAction(e -> onNew.run());
        var openButton = new Button("Open…", Icons.of(AppCommand.OPEN.icon()));
        openButton.setId("welcome-open");
        openButton.setOnAction(e -> onOpen.run());
        var buttons = new HBox(8, newButton, openButton);
        buttons.setPadding(new Insets(12, 0, 4, 0));
        column.getChildren().addAll(title, subtitle, buttons);

        if (!recent.isEmpty()) {
            column.getChildren().add(section("Recent"));
            for (Path file : recent) {
                var link = new Hyperlink(file.getFileName() + "   " + file.getParent());
                link.setOnAction(e -> onOpenFile.accept(file));
                column.getChildren().add(link);
            }
        }
        column.getChildren().add(section("Examples (they run offline)"));
        try {
            for (String name : Examples.names()) {
                var link = new Hyperlink(name.replace(".pipeline.json", ""));
                link.setId("example-" + name.replace(".pipeline.json", ""));
                link.setOnAction(e -> {
                    try {
                        onOpenFile.accept(Examples.open(name));
                    } catch (IOException ex) {
                        Dialogs.error(getScene() == null ? null : getScene().getWindow(), "Cannot open the example",
                                ex.getMessage());
                    }
                });
                column.getChildren().add(link);
            }
        } catch (IOException e) {
            column.getChildren().add(new Label(e.getMessage()));
        }
        getChildren().add(column);
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("welcome-section");
        return label;
    }
}
