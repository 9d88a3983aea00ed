package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.ArtifactEdits;
import dev.pipewright.model.Action;
import dev.pipewright.model.Location;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected action's artifacts, editable: what it gives (each output's name and the files that
 * go into it, added and removed) and what it takes (picked from the outputs of the actions that
 * finish before it). Each change is one undo step; the rules are the file's, and what breaks them
 * shows right under the field, as the validation says it.
 */
final class ArtifactsSection {

    private ArtifactsSection() {
    }

    static Node of(Pipeline pipeline, ActionRef ref, Action action, ProviderCatalog catalog, List<Problem> problems,
                   Location at, DocumentEdits edits, FieldTyping typing) {
        var artifacts = new ArtifactEdits(catalog);
        Optional<ProviderSpec> spec = catalog.find(action.category(), action.provider());
        var box = new VBox(6);
        box.setId("inspector-artifacts");
        var heading = new Label("Artifacts");
        heading.getStyleClass().add("inspector-heading");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(heading);
        box.getChildren().add(heading);
        spec.ifPresent(s -> box.getChildren().add(hint(s.displayName() + " takes " + s.inputArtifacts()
                + " input artifact" + (s.inputArtifacts().max() == 1 ? "" : "s") + " and gives "
                + s.outputArtifacts() + " output artifact" + (s.outputArtifacts().max() == 1 ? "" : "s") + ".")));

        box.getChildren().add(label("Gives"));
        List<OutputArtifact> outputs = action.outputArtifacts();
        for (int i = 0; i < outputs.size(); i++) {
            box.getChildren().add(outputRow(ref, outputs.get(i), i, artifacts, edits, typing));
            box.getChildren().addAll(Inspector.problemLabels(problems, at.field("outputArtifacts").index(i)));
        }
        var addOutput = new Button("Add output", Icons.of("mdi2p-plus"));
        addOutput.setId("artifacts-add-output");
        addOutput.getStyleClass().add("flat");
        addOutput.setDisable(spec.map(s -> outputs.size() >= s.outputArtifacts().max()).orElse(false));
        addOutput.setOnAction(e -> edits.perform("Add an output to " + ref.action(), p -> artifacts.addOutput(p, ref)));
        box.getChildren().add(addOutput);
        box.getChildren().addAll(Inspector.problemLabels(problems, at.field("outputArtifacts"), true));

        box.getChildren().add(label("Takes"));
        List<String> inputs = action.inputArtifacts();
        for (int i = 0; i < inputs.size(); i++) {
            box.getChildren().add(inputRow(pipeline, ref, inputs.get(i), i, artifacts, edits));
            box.getChildren().addAll(Inspector.problemLabels(problems, at.field("inputArtifacts").index(i)));
        }
        var offers = artifacts.offers(pipeline, ref);
        var take = new ComboBox<ArtifactEdits.Offer>();
        take.setId("artifacts-add-input");
        take.setMaxWidth(Double.MAX_VALUE);
        take.getItems().setAll(offers);
        take.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ArtifactEdits.Offer o) {
                return o == null ? null : o.artifact() + " — from " + o.producer().action()
                        + (o.producer().stage().equals(ref.stage()) ? "" : " (" + o.producer().stage() + ")");
            }

            @Override
            public ArtifactEdits.Offer fromString(String s) {
                return null;
            }
        });
        boolean full = spec.map(s -> inputs.size() >= s.inputArtifacts().max()).orElse(false);
        take.setPromptText(full ? "Takes as many as " + spec.map(ProviderSpec::displayName).orElse("it") + " allows"
                : !offers.isEmpty() ? "Take an artifact of an earlier action…"
                : inputs.isEmpty() ? "No earlier action gives an artifact" : "Takes all that earlier actions give");
        take.setDisable(offers.isEmpty() || full);
        take.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edits.apply(ref.action() + " takes " + now.artifact(), p -> artifacts.addInput(p, ref, now.artifact()));
            }
        });
        box.getChildren().add(take);
        box.getChildren().addAll(Inspector.problemLabels(problems, at.field("inputArtifacts"), true));
        box.getChildren().add(hint("An input comes from an action in an earlier stage, or earlier in this one (a "
                + "lower run order). You can also drag from an action's port onto a later action."));
        return box;
    }

    private static Node outputRow(ActionRef ref, OutputArtifact output, int i, ArtifactEdits artifacts,
                                  DocumentEdits edits, FieldTyping typing) {
        var name = new TextField(output.name());
        name.setId("output-name-" + i);
        name.setPromptText("name");
        name.setPrefColumnCount(8);
        // the words and the edit name the field (the i-th output), not a name: a rename committed on
        // the way is taken back and made again from where the field began
        typing.attach(name, () -> edits.applyField("Rename output " + (i + 1) + " of " + ref.action(),
                p -> artifacts.renameOutput(p, ref, outputName(p, ref, i).orElse(output.name()),
                        name.getText().strip())), false);
        var files = new TextField(String.join(", ", output.files()));
        files.setId("output-files-" + i);
        files.setPromptText("files: all (or globs, e.g. dist/**)");
        files.setTooltip(new Tooltip("The files that go into the artifact, as globs relative to the action's working "
                + "folder, separated by commas. Empty: the provider decides (a shell action gives its whole folder)."));
        typing.attach(files, () -> edits.applyField("Set the files of " + output.name(),
                p -> artifacts.setOutputFiles(p, ref, output.name(), files.getText())), false);
        var remove = removeButton("output-remove-" + i, "Remove the output " + output.name());
        remove.setOnAction(e -> edits.perform("Remove artifact " + output.name(),
                p -> artifacts.removeOutput(p, ref, output.name())));
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        var top = new HBox(6, name, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        var rows = new VBox(4, top, files);
        rows.getStyleClass().add("artifact-output");
        return rows;
    }

    private static Optional<String> outputName(Pipeline pipeline, ActionRef ref, int i) {
        return pipeline.stage(ref.stage()).flatMap(s -> s.action(ref.action()))
                .filter(a -> i < a.outputArtifacts().size()).map(a -> a.outputArtifacts().get(i).name());
    }

    private static Node inputRow(Pipeline pipeline, ActionRef ref, String input, int i, ArtifactEdits artifacts,
                                 DocumentEdits edits) {
        String from = pipeline.stages().stream().flatMap(s -> s.actions().stream()
                        .filter(a -> a.outputArtifacts().stream().anyMatch(o -> o.name().equals(input)))
                        .map(a -> a.name() + (s.name().equals(ref.stage()) ? "" : " (" + s.name() + ")")))
                .findFirst().map(f -> " — from " + f).orElse(" — made by no action");
        var text = new Label(input + from);
        text.setId("input-" + i);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        var remove = removeButton("input-remove-" + i, "Stop taking " + input);
        remove.setOnAction(e -> edits.apply(ref.action() + " no longer takes " + input,
                p -> artifacts.removeInput(p, ref, input)));
        var row = new HBox(6, text, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button removeButton(String id, String tip) {
        var remove = new Button(null, Icons.of("mdi2c-close"));
        remove.setId(id);
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setTooltip(new Tooltip(tip));
        return remove;
    }

    private static Label label(String text) {
        var label = new Label(text);
        label.getStyleClass().add("inspector-label");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(label);
        return label;
    }

    private static Label hint(String text) {
        var hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().addAll("inspector-hint", "text-small", "text-muted");
        return hint;
    }
}
