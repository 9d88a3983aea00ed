package dev.pipewright.ui;

import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.ui.canvas.ProviderDrag;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every provider, grouped by category, with its icon and one-line explanation, plus a Stage item;
 * AWS's own providers (which a local run cannot execute) are in a folded section of their own. A
 * search box filters both. Items are dragged onto the canvas (or double-clicked to add to the
 * selection's stage).
 */
public final class Palette extends VBox {

    /** A palette drag carries {@code Category/ProviderId}, or this for a new stage. */
    public static final String STAGE = ProviderDrag.STAGE;

    private final VBox items = new VBox();
    private final TextField search = new TextField();
    private final List<ProviderSpec> providers;
    private final Consumer<String> onActivate;
    /** Whether the person opened the "Runs only on AWS" section; a search opens it only while it lasts. */
    private boolean awsOnlyOpen;

    public Palette(ProviderCatalog catalog, Consumer<String> onActivate) {
        this.providers = catalog.all();
        this.onActivate = onActivate;
        getStyleClass().add("palette");
        setId("palette");
        search.setPromptText("Search actions");
        search.setId("palette-search");
        search.textProperty().addListener((o, was, now) -> fill(now));
        var scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(8));
        getChildren().addAll(search, scroll);
        fill("");
    }

    private void fill(String filter) {
        String words = filter.strip().toLowerCase(Locale.ROOT);
        items.getChildren().clear();
        if (words.isEmpty() || "stage".contains(words)) {
            items.getChildren().add(item(STAGE, "Stage", "A step of the pipeline; stages run one after another.",
                    Icons.stage()));
        }
        addByCategory(items, words, true);
        var awsOnly = new VBox();
        addByCategory(awsOnly, words, false);
        if (!awsOnly.getChildren().isEmpty()) {
            items.getChildren().add(awsOnlySection(awsOnly, !words.isEmpty()));
        }
        if (items.getChildren().isEmpty()) {
            var none = new Label("Nothing matches “" + filter.strip() + "”.");
            none.getStyleClass().add("palette-empty");
            items.getChildren().add(none);
        }
    }

    /** Adds the providers that run here ({@code local}) or only on AWS, under a heading per category. */
    private void addByCategory(VBox into, String words, boolean local) {
        for (ActionCategory category : ActionCategory.values()) {
            var matching = providers.stream().filter(p -> p.category() == category && p.runsLocally() == local)
                    .filter(p -> words.isEmpty() || (category.displayName() + " " + p.id() + " " + p.displayName() + " "
                            + p.summary() + (local ? "" : " aws")).toLowerCase(Locale.ROOT).contains(words))
                    .toList();
            if (matching.isEmpty()) {
                continue;
            }
            var heading = new Label(category.displayName());
            heading.getStyleClass().add("palette-heading");
            into.getChildren().add(heading);
            for (ProviderSpec p : matching) {
                // within the AWS section "(AWS)" after each name only repeats the heading, and cuts the names
                String name = local ? p.displayName() : p.displayName().replaceFirst(" \\(AWS\\)$", "");
                into.getChildren().add(item(category.displayName() + "/" + p.id(), name, p.summary(),
                        local ? Icons.of(category) : Icons.of("mdi2c-cloud-off-outline")));
            }
        }
    }

    /**
     * AWS's own providers, folded away: they are there so that imported pipelines can be drawn and
     * edited, but a local run cannot execute them, so they should not crowd the ones that run
     * here. A search opens the section when it finds something in it.
     */
    private TitledPane awsOnlySection(VBox content, boolean searching) {
        long count = content.getChildren().stream().filter(n -> n.getStyleClass().contains("palette-item")).count();
        var section = new TitledPane("Runs only on AWS (" + count + ")", content);
        section.setId("palette-aws-only");
        section.getStyleClass().add("palette-aws-only");
        section.setAnimated(false);
        // a folded section still measures its content: without this the palette scrolls sideways
        section.setMinWidth(0);
        section.setPrefWidth(0);
        section.setMaxWidth(Double.MAX_VALUE);
        section.setExpanded(searching || awsOnlyOpen);
        Tooltip.install(section, new Tooltip("CodePipeline providers that only run on AWS (CodeDeploy, ECS, "
                + "Lambda...). You can add them to a pipeline you export to CodePipeline; a local run skips them "
                + "or simulates their success."));
        section.expandedProperty().addListener((o, was, open) -> {
            if (!searching) {
                awsOnlyOpen = open;
            }
        });
        return section;
    }

    private HBox item(String payload, String name, String summary, javafx.scene.Node icon) {
        var title = new Label(name);
        title.getStyleClass().add("palette-item-title");
        var text = new Label(summary);
        text.getStyleClass().add("palette-item-summary");
        text.setWrapText(true);
        var words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        var row = new HBox(8, icon, words);
        row.getStyleClass().add("palette-item");
        row.setId("palette-" + payload.replace('/', '-'));
        row.setUserData(payload);
        // what it is, then the concept it is an instance of, in the words of the Learn panel
        Tooltip.install(row, dev.pipewright.ui.learn.ConceptTips.tooltip(dev.pipewright.ui.learn.ConceptTips.text(
                summary + "\nDrag it onto the canvas, or double-click to add it.",
                STAGE.equals(payload) ? new String[] {"stage"} : new String[] {"action", "provider"})));
        row.setOnDragDetected(e -> {
            var dragboard = row.startDragAndDrop(TransferMode.COPY);
            var content = new ClipboardContent();
            content.put(ProviderDrag.FORMAT, payload);
            dragboard.setContent(content);
            dragboard.setDragView(row.snapshot(null, null));
            e.consume();
        });
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onActivate.accept(payload);
            }
        });
        return row;
    }
}
