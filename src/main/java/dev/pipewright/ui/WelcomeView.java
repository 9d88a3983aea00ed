package dev.pipewright.ui;

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

/** What the window shows with no pipeline open: New, Open, recent files and the gallery of samples. */
public final class WelcomeView extends VBox {

    public WelcomeView(List<Path> recent, Runnable onNew, Runnable onOpen, Consumer<Path> onOpenFile,
                       javafx.scene.Node gallery) {
        setId("welcome");
        getStyleClass().add("welcome");
        setAlignment(Pos.TOP_CENTER);
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
        var page = new VBox(6, column, section("Learn with a sample (each runs offline, and opens as your own copy)"),
                gallery);
        page.setMaxWidth(980);
        var centred = new HBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.setPadding(new Insets(40));
        HBox.setHgrow(page, javafx.scene.layout.Priority.ALWAYS);
        var scroll = new javafx.scene.control.ScrollPane(centred);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().add(scroll);
    }

    private static Label section(String text) {
        var label = new Label(text);
        label.getStyleClass().add("welcome-section");
        return label;
    }
}
