package dev.pipewright.ui.learn;

import dev.pipewright.learn.Concept;
import dev.pipewright.learn.Concepts;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Concepts: every concept of CI/CD in plain words, searchable, each with its everyday
 * analogy and links to related ones. A window of its own beside the main one, so a learner can
 * keep it open while they build.
 */
public final class LearnPanel {

    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final ListView<Concept> list = new ListView<>();
    private final Label title = new Label();
    private final Label plain = new Label();
    private final Label analogy = new Label();
    private final FlowPane related = new FlowPane(6, 4);

    public LearnPanel(Window owner, java.util.List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Learn: CI/CD concepts");
        search.setId("learn-search");
        search.setPromptText("Search concepts (artifact, parallel, approval…)");
        search.textProperty().addListener((o, was, now) -> filter(now));
        list.setId("learn-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Concept c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> explain(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        var left = new VBox(6, search, list);
        left.setPadding(new Insets(8));

        title.setId("learn-title");
        title.getStyleClass().add("learn-title");
        plain.setId("learn-plain");
        plain.setWrapText(true);
        analogy.setId("learn-analogy");
        analogy.setWrapText(true);
        analogy.getStyleClass().add("learn-analogy");
        related.setId("learn-related");
        var relatedHeading = new Label("Related");
        relatedHeading.getStyleClass().add("learn-heading");
        var detail = new VBox(10, title, plain, analogy, relatedHeading, related);
        detail.setPadding(new Insets(14));
        detail.getStyleClass().add("learn-detail");
        var scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);

        var split = new SplitPane(left, scroll);
        split.setDividerPositions(0.32);
        split.setId("learn-panel");
        var scene = new Scene(split, 760, 460);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        filter("");
    }

    /** Shows the panel, on {@code conceptId} if given (else where it was). */
    public void show(Optional<String> conceptId) {
        conceptId.flatMap(Concepts::find).ifPresent(this::select);
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** Selects the concept, clearing a search that hides it. */
    public void select(Concept concept) {
        if (!list.getItems().contains(concept)) {
            search.clear();
        }
        list.getSelectionModel().select(concept);
        list.scrollTo(concept);
    }

    private void filter(String text) {
        Concept was = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(Concepts.search(text));
        if (was != null && list.getItems().contains(was)) {
            list.getSelectionModel().select(was);
        } else if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        } else {
            explain(null);
        }
    }

    private void explain(Concept c) {
        if (c == null) {
            title.setText(search.getText().isBlank() ? "" : "Nothing matches “" + search.getText().strip() + "”");
            plain.setText("");
            analogy.setText("");
            related.getChildren().clear();
            return;
        }
        title.setText(c.title());
        plain.setText(c.plain());
        analogy.setText(c.analogy().isBlank() ? "" : "In the bakery: " + c.analogy());
        related.getChildren().clear();
        for (String id : c.related()) {
            Concepts.find(id).ifPresent(r -> {
                var link = new Hyperlink(r.title());
                link.setId("learn-related-" + r.id());
                link.setOnAction(e -> select(r));
                related.getChildren().add(link);
            });
        }
    }
}
