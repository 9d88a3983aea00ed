package dev.pipewright.ui.learn;

import dev.pipewright.learn.Concept;
import dev.pipewright.learn.Sample;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sample pipelines as cards: title, two lines of description, level, and the concepts each
 * teaches (hover one for its explanation). Opening a card hands its sample on; the caller copies
 * it to a folder of the person's before opening it, so the original stays intact.
 */
public final class SampleGallery extends FlowPane {

    public SampleGallery(List<Sample> samples, Consumer<Sample> onOpen) {
        super(12, 12);
        setId("sample-gallery");
        getStyleClass().add("sample-gallery");
        for (Sample s : samples) {
            getChildren().add(card(s, onOpen));
        }
    }

    private static VBox card(Sample s, Consumer<Sample> onOpen) {
        var title = new Label(s.title());
        title.getStyleClass().add("sample-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        var level = new Label(s.level());
        level.getStyleClass().addAll("sample-level", "sample-level-" + s.level().toLowerCase(Locale.ROOT));
        level.setMinWidth(Region.USE_PREF_SIZE);
        var spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        var top = new HBox(6, title, spring, level);
        top.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        var description = new Label(s.description());
        description.getStyleClass().add("sample-description");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        var teaches = new FlowPane(4, 4);
        teaches.getStyleClass().add("sample-teaches");
        for (Concept c : s.concepts()) {
            var chip = new Label(c.title());
            chip.getStyleClass().add("concept-chip");
            chip.setTooltip(ConceptTips.tooltip(ConceptTips.paragraph(c)));
            teaches.getChildren().add(chip);
        }
        var open = new Button("Open a copy", new FontIcon("mdi2c-content-copy"));
        open.setId("sample-" + s.id());
        open.setOnAction(e -> onOpen.accept(s));
        var grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        var card = new VBox(6, top, description, new Label("Teaches:"), teaches, grow, open);
        card.getStyleClass().add("sample-card");
        card.setId("sample-card-" + s.id());
        card.setPadding(new Insets(12));
        card.setPrefWidth(300);
        card.setMinHeight(210);
        return card;
    }
}
