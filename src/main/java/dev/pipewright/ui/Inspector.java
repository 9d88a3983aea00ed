package dev.pipewright.ui;

import dev.pipewright.edit.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Location;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The selected pipeline's, stage's or action's settings, built from the provider's description:
 * its explanation, every setting with its type's editor, default and help, and the problems found
 * on each field right under it.
 */
public final class Inspector extends ScrollPane {

    /** What the inspector asks the window to do; the window turns each into one undoable edit. */
    public interface Edits extends DocumentEdits {
        void renamePipeline(String name);

        void setPipelineDescription(String description);

        void setExecutionMode(ExecutionMode mode);

        void renameStage(String stage, String newName);

        void renameAction(ActionRef action, String newName);

        void setNamespace(ActionRef action, Optional<String> namespace);

        /** {@code minutes} as typed; blank clears the timeout. */
        void setTimeout(ActionRef action, String minutes);

        /** An empty value removes the setting. */
        void setSetting(ActionRef action, String key, String label, Optional<ConfigValue> value);
    }

    private final ProviderCatalog catalog;
    private final Edits edits;
    private final VBox content = new VBox(10);

    public Inspector(ProviderCatalog catalog, Edits edits) {
        this.catalog = catalog;
        this.edits = edits;
        setId("inspector");
        getStyleClass().addAll("inspector", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(content);
    }

    public void clear() {
        content.getChildren().clear();
    }

    public void show(Pipeline pipeline, Selected selected, List<Problem> problems) {
        content.getChildren().clear();
        if (selected instanceof Selected.OneAction one) {
            pipeline.stage(one.action().stage()).flatMap(s -> s.action(one.action().action()))
                    .ifPresentOrElse(a -> showAction(pipeline, one.action(), a, problems),
                            () -> showPipeline(pipeline, problems));
        } else if (selected instanceof Selected.OneStage stage && pipeline.stage(stage.stage()).isPresent()) {
            showStage(pipeline, stage.stage(), problems);
        } else if (selected instanceof Selected.OneConnection connection) {
            content.getChildren().addAll(ConnectionView.of(connection, catalog, edits));
        } else if (selected instanceof Selected.Several several) {
            content.getChildren().addAll(title(several.count() + " items selected", null),
                    paragraph("Drag them to move them together, or use Cut, Copy, Duplicate and Delete."));
        } else {
            showPipeline(pipeline, problems);
        }
    }

    private void showPipeline(Pipeline pipeline, List<Problem> problems) {
        content.getChildren().addAll(title("Pipeline", null),
                paragraph("Stages run one after another, left to right. Within a stage, actions in the same column "
                        + "(the same run order) run at the same time."));
        var name = new TextField(pipeline.name());
        name.setId("inspector-pipeline-name");
        SettingField.commitOnLeave(name, () -> edits.renamePipeline(name.getText().strip()), false);
        content.getChildren().add(field("Name", "Letters, digits and . @ - _ (up to 100).", name,
                problemsAt(problems, Location.root().field("name"))));
        var description = new TextArea(pipeline.description().orElse(""));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        SettingField.commitOnLeave(description, () -> edits.setPipelineDescription(description.getText()), true);
        content.getChildren().add(field("Description", "What this pipeline is for.", description, List.of()));
        var mode = new ComboBox<ExecutionMode>();
        mode.getItems().addAll(ExecutionMode.values());
        mode.setValue(pipeline.executionMode());
        mode.valueProperty().addListener((o, was, now) -> edits.setExecutionMode(now));
        content.getChildren().add(field("Execution mode", "When runs overlap: SUPERSEDED lets the newest waiting run "
                + "win, QUEUED runs them in order, PARALLEL runs them side by side.", mode, List.of()));
        addOtherProblems(problems, "");
    }

    private void showStage(Pipeline pipeline, String stage, List<Problem> problems) {
        int index = pipeline.stageIndex(stage);
        content.getChildren().addAll(title("Stage " + (index + 1) + " of " + pipeline.stages().size(), Icons.stage()),
                paragraph("A stage is a step of the pipeline. It starts when the stage before it has succeeded, and "
                        + "succeeds when all of its actions have."));
        var name = new TextField(stage);
        name.setId("inspector-stage-name");
        SettingField.commitOnLeave(name, () -> edits.renameStage(stage, name.getText().strip()), false);
        Location at = Location.stage(index);
        content.getChildren().add(field("Name", "Unique in the pipeline; letters, digits and . @ - _.", name,
                problemsAt(problems, at.field("name"))));
        addOtherProblems(problems, at.pointer());
    }

    private void showAction(Pipeline pipeline, ActionRef ref, Action action, List<Problem> problems) {
        int s = pipeline.stageIndex(ref.stage());
        int a = pipeline.stages().get(s).actions().indexOf(action);
        Location at = Location.action(s, a);
        Optional<ProviderSpec> spec = catalog.find(action.category(), action.provider());
        content.getChildren().add(title(action.category().displayName() + " · "
                + spec.map(ProviderSpec::displayName).orElse(action.provider()), Icons.of(action.category())));
        spec.ifPresent(p -> content.getChildren().add(paragraph(p.explanation())));
        content.getChildren().add(ProviderChoice.of(ref, action, spec, catalog, problemsAt(problems,
                at.field("actionTypeId")), edits));

        var name = new TextField(action.name());
        name.setId("inspector-action-name");
        SettingField.commitOnLeave(name, () -> edits.renameAction(ref, name.getText().strip()), false);
        content.getChildren().add(field("Name", "Unique in its stage.", name, problemsAt(problems, at.field("name"))));

        var namespace = new TextField(action.namespace().orElse(""));
        namespace.setPromptText("none");
        SettingField.commitOnLeave(namespace, () -> edits.setNamespace(ref,
                Optional.of(namespace.getText().strip()).filter(t -> !t.isEmpty())), false);
        content.getChildren().add(field("Namespace", "Later actions read this action's output variables as "
                + "#{Namespace.Name}.", namespace, problemsAt(problems, at.field("namespace"))));

        var timeout = new TextField(action.timeoutInMinutes().map(java.math.BigDecimal::toPlainString).orElse(""));
        timeout.setPromptText(action.category() == dev.pipewright.model.ActionCategory.APPROVAL ? "7 days" : "60");
        SettingField.commitOnLeave(timeout, () -> edits.setTimeout(ref, timeout.getText()), false);
        content.getChildren().add(field("Timeout (minutes)", "The action fails, and its processes end, after this long.",
                timeout, problemsAt(problems, at.field("timeoutInMinutes"))));

        if (spec.isPresent() && !spec.get().settings().isEmpty()) {
            var heading = new Label("Settings");
            heading.getStyleClass().add("inspector-heading");
            content.getChildren().add(heading);
            for (SettingSpec setting : spec.get().settings()) {
                Node editor = SettingField.editor(setting, action.setting(setting.key()), value ->
                        edits.setSetting(ref, setting.key(), setting.label(), value));
                editor.setId("setting-" + setting.key());
                content.getChildren().add(field(setting.label() + (setting.required() ? " *" : ""),
                        setting.description(), editor, problemsAt(problems, at.field("configuration").field(setting.key()))));
            }
        }
        content.getChildren().addAll(RunOrderSection.of(pipeline, ref, action, catalog, edits),
                ArtifactsSection.of(pipeline, ref, action, catalog, problems, at, edits));
        addOtherProblems(problems, at.pointer());
    }

    private Node title(String text, Node icon) {
        var label = new Label(text, icon);
        label.getStyleClass().addAll("inspector-title", "title-4");
        return label;
    }

    private static Label paragraph(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("inspector-text", "text-muted");
        return label;
    }

    static Node field(String label, String help, Node editor, List<Problem> problems) {
        var name = new Label(label);
        name.getStyleClass().add("inspector-label");
        var box = new VBox(4, name, editor);
        if (help != null && !help.isBlank()) {
            var hint = new Label(help);
            hint.setWrapText(true);
            hint.getStyleClass().addAll("inspector-hint", "text-small", "text-muted");
            box.getChildren().add(hint);
        }
        for (Problem p : problems) {
            box.getChildren().add(problemLabel(p));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            editor.getStyleClass().add("danger");
            editor.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
        }
        return box;
    }

    static Node problemLabel(Problem p) {
        var text = new Label(p.message() + p.fix().map(f -> " — " + f).orElse(""),
                Icons.of(p.isError() ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline"));
        text.setWrapText(true);
        text.getStyleClass().addAll("inspector-problem", p.isError() ? "danger" : "warning");
        return new HBox(text);
    }

    /** A label for each problem exactly at {@code at} ({@code exactly}) or also inside it. */
    static List<Node> problemLabels(List<Problem> problems, Location at, boolean exactly) {
        return (exactly ? problems.stream().filter(p -> p.location().pointer().equals(at.pointer())).toList()
                : problemsAt(problems, at)).stream().map(Inspector::problemLabel).toList();
    }

    static List<Node> problemLabels(List<Problem> problems, Location at) {
        return problemLabels(problems, at, false);
    }

    /** Problems exactly at a field or inside it. */
    static List<Problem> problemsAt(List<Problem> problems, Location at) {
        String pointer = at.pointer();
        return problems.stream().filter(p -> p.location().pointer().equals(pointer)
                || p.location().pointer().startsWith(pointer + "/")).toList();
    }

    /** Problems of the element not shown under one of its fields. */
    private void addOtherProblems(List<Problem> problems, String elementPointer) {
        var shownUnderFields = List.of("/name", "/namespace", "/timeoutInMinutes", "/configuration/", "/actionTypeId/",
                "/inputArtifacts", "/inputArtifacts/", "/outputArtifacts", "/outputArtifacts/");
        var others = problems.stream().filter(p -> {
            String ptr = p.location().pointer();
            if (!(ptr.equals(elementPointer) || ptr.startsWith(elementPointer + "/"))) {
                return false;
            }
            String rest = ptr.substring(elementPointer.length());
            if (elementPointer.isEmpty() && rest.startsWith("/stages/")) {
                return false; // shown on its stage or action
            }
            return shownUnderFields.stream().noneMatch(f -> f.endsWith("/") ? rest.startsWith(f) : rest.equals(f));
        }).toList();
        for (Problem p : others) {
            content.getChildren().add(problemLabel(p));
        }
    }

    /** For tests and the window: the current content. */
    List<Node> shown() {
        return content.getChildren();
    }

}
