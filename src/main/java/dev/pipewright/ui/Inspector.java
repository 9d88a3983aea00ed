package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Location;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
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
 * on each field right under it. It is built when the selection changes; an edit, undo or redo of
 * the same element updates the fields in place, so typing, caret and focus are never disturbed.
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

    /** What is built: the same key on the next show means "update in place". */
    private record StageKey(String stage, int index, int stageCount) {
    }

    private record ActionKey(ActionRef ref, String category, String provider, List<String> inputs, List<String> outputs) {
    }

    private final ProviderCatalog catalog;
    private final Edits edits;
    private final VBox content = new VBox(10);
    private final VBox notes = new VBox(6);
    /** Brings what is built up to a new pipeline and its problems. */
    private final List<BiConsumer<Pipeline, List<Problem>>> updates = new ArrayList<>();
    private final List<FieldEdit> typing = new ArrayList<>();
    /** The fields of the sections built again at every change (run order, artifacts): this build's. */
    private final List<FieldEdit> sectionTyping = new ArrayList<>();
    /** A field being typed in when what showed it was built again: its twin in the new build takes over. */
    private Optional<TypingAt> keepTyping = Optional.empty();
    private Object shownKey;

    /** Where a person was typing: the field's id, and the selection (anchor to caret) in it. */
    private record TypingAt(String id, int anchor, int caret) {
    }

    public Inspector(ProviderCatalog catalog, Edits edits) {
        this.catalog = catalog;
        this.edits = edits;
        setId("inspector");
        getStyleClass().addAll("inspector", "edge-to-edge");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(new VBox(notes, content));
    }

    /** Notes above what is inspected, kept there whatever is selected (why a card waits, during a run). */
    public VBox notes() {
        return notes;
    }

    public void clear() {
        content.getChildren().clear();
        updates.clear();
        typing.clear();
        sectionTyping.clear();
        shownKey = null;
    }

    /**
     * Follows the window's state: shows the selected element of the open pipeline whenever the
     * selection changes or the pipeline is validated again (after every edit, undo and redo).
     */
    public void follow(dev.pipewright.ui.state.WindowState state) {
        Runnable showState = () -> {
            Pipeline pipeline = state.pipelineProperty().get();
            if (pipeline == null) {
                clear();
            } else {
                show(pipeline, Selected.of(state.selectionProperty().get()), state.problemsProperty().get());
            }
        };
        state.validationsProperty().addListener((o, was, now) -> showState.run());
        state.selectionProperty().addListener((o, was, now) -> showState.run());
    }

    /** Shows the selected element: built anew when it is another element, else updated in place. */
    public void show(Pipeline pipeline, Selected selected, List<Problem> problems) {
        Object key = keyOf(pipeline, selected);
        if (key.equals(shownKey)) {
            List.copyOf(updates).forEach(u -> u.accept(pipeline, problems));
            return;
        }
        // an inspector field renamed its own element: keep typing in the rebuilt one
        rememberTyping();
        clear();
        shownKey = key;
        if (selected instanceof Selected.OneAction one && key instanceof ActionKey) {
            Action action = pipeline.stage(one.action().stage()).flatMap(s -> s.action(one.action().action())).orElseThrow();
            showAction(one.action(), action);
        } else if (selected instanceof Selected.OneStage stage && key instanceof StageKey) {
            showStage(pipeline, stage.stage());
        } else if (selected instanceof Selected.OneConnection connection && key instanceof Selected.OneConnection) {
            content.getChildren().addAll(ConnectionView.of(connection, catalog, edits));
        } else if (selected instanceof Selected.Several several) {
            content.getChildren().addAll(title(several.count() + " items selected", null),
                    paragraph("Drag them to move them together, or use Cut, Copy, Duplicate and Delete."));
        } else {
            showPipeline(pipeline);
        }
        List.copyOf(updates).forEach(u -> u.accept(pipeline, problems));
        goOnTyping();
    }

    /** Commits what is being typed in any field: the window calls this before it runs a command. */
    public void commitPending() {
        allTyping().forEach(FieldEdit::commitIfChanged);
    }

    private List<FieldEdit> allTyping() {
        var all = new ArrayList<>(typing);
        all.addAll(sectionTyping);
        return all;
    }

    /**
     * Notes the field being typed in, if any, before what shows it is built again. A rename
     * builds twice (the renamed element, then its selection), so the note lasts until the event
     * that caused it is over.
     */
    private void rememberTyping() {
        allTyping().stream().map(FieldEdit::field).filter(Node::isFocused).filter(f -> f.getId() != null)
                .findFirst().ifPresent(f -> {
                    keepTyping = Optional.of(new TypingAt(f.getId(), f.getAnchor(), f.getCaretPosition()));
                    javafx.application.Platform.runLater(() -> keepTyping = Optional.empty());
                });
    }

    /** Typing goes on in the new build's field of the same id, with the caret where it was. */
    private void goOnTyping() {
        keepTyping.ifPresent(at -> allTyping().stream().map(FieldEdit::field).filter(f -> at.id().equals(f.getId()))
                .findFirst().ifPresent(f -> {
                    keepTyping = Optional.empty();
                    f.requestFocus();
                    int length = f.getLength();
                    f.selectRange(Math.min(at.anchor(), length), Math.min(at.caret(), length));
                }));
    }

    private Object keyOf(Pipeline pipeline, Selected selected) {
        if (selected instanceof Selected.OneAction one) {
            var action = pipeline.stage(one.action().stage()).flatMap(s -> s.action(one.action().action()));
            if (action.isPresent()) {
                Action a = action.get();
                return new ActionKey(one.action(), a.category().name(), a.provider(), a.inputArtifacts(),
                        a.outputArtifacts().stream().map(o -> o.name()).toList());
            }
        } else if (selected instanceof Selected.OneStage stage && pipeline.stage(stage.stage()).isPresent()) {
            return new StageKey(stage.stage(), pipeline.stageIndex(stage.stage()), pipeline.stages().size());
        } else if (selected instanceof Selected.Several several) {
            return several;
        } else if (selected instanceof Selected.OneConnection connection) {
            return connection;
        }
        return new Selected.Pipeline();
    }

    private void showPipeline(Pipeline pipeline) {
        content.getChildren().addAll(title("Pipeline", null),
                paragraph("Stages run one after another, left to right. Within a stage, actions in the same column "
                        + "(the same run order) run at the same time."));
        var name = new TextField(pipeline.name());
        name.setId("inspector-pipeline-name");
        var nameTyping = typedLive(name, () -> edits.renamePipeline(name.getText().strip()), false);
        updates.add((p, problems) -> nameTyping.show(p.name()));
        content.getChildren().add(field("Name", "Letters, digits and . @ - _ (up to 100).", name,
                p -> Optional.of(Location.root().field("name"))));
        var description = new TextArea(pipeline.description().orElse(""));
        description.setId("inspector-pipeline-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        var descriptionTyping = typedLive(description, () -> edits.setPipelineDescription(description.getText()), true);
        updates.add((p, problems) -> descriptionTyping.show(p.description().orElse("")));
        content.getChildren().add(field("Description", "What this pipeline is for.", description, p -> Optional.empty()));
        var mode = new ComboBox<ExecutionMode>();
        mode.getItems().addAll(ExecutionMode.values());
        mode.setValue(pipeline.executionMode());
        mode.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edits.setExecutionMode(now); // an edit to the value it already has records nothing
            }
        });
        updates.add((p, problems) -> mode.setValue(p.executionMode()));
        content.getChildren().add(field("Execution mode", "When runs overlap: SUPERSEDED lets the newest waiting run "
                + "win, QUEUED runs them in order, PARALLEL runs them side by side.", mode, p -> Optional.empty()));
        addOtherProblems(p -> Optional.of(""));
    }

    private void showStage(Pipeline pipeline, String stage) {
        int index = pipeline.stageIndex(stage);
        content.getChildren().addAll(title("Stage " + (index + 1) + " of " + pipeline.stages().size(), Icons.stage()),
                paragraph("A stage is a step of the pipeline. It starts when the stage before it has succeeded, and "
                        + "succeeds when all of its actions have."));
        var name = new TextField(stage);
        name.setId("inspector-stage-name");
        typed(name, () -> edits.renameStage(stage, name.getText().strip()), false);
        Function<Pipeline, Optional<Location>> at = p -> p.stage(stage).map(s -> Location.stage(p.stageIndex(stage)));
        content.getChildren().add(field("Name", "Unique in the pipeline; letters, digits and . @ - _.", name,
                p -> at.apply(p).map(l -> l.field("name"))));
        addOtherProblems(p -> at.apply(p).map(Location::pointer));
    }

    private void showAction(ActionRef ref, Action action) {
        Function<Pipeline, Optional<Action>> current = p -> p.stage(ref.stage()).flatMap(s -> s.action(ref.action()));
        Function<Pipeline, Optional<Location>> at = p -> current.apply(p).map(a -> {
            int s = p.stageIndex(ref.stage());
            return Location.action(s, p.stages().get(s).actions().indexOf(a));
        });
        Optional<ProviderSpec> spec = catalog.find(action.category(), action.provider());
        content.getChildren().add(title(action.category().displayName() + " · "
                + spec.map(ProviderSpec::displayName).orElse(action.provider()), Icons.of(action.category())));
        spec.ifPresent(p -> content.getChildren().add(Explanation.of(p.explanation())));
        var providerChoice = new VBox();
        content.getChildren().add(providerChoice);
        updates.add((p, problems) -> current.apply(p).ifPresent(a -> at.apply(p).ifPresent(l ->
                providerChoice.getChildren().setAll(ProviderChoice.of(ref, a, catalog.find(a), catalog,
                        problemsAt(problems, l.field("actionTypeId")), edits)))));

        var name = new TextField(action.name());
        name.setId("inspector-action-name");
        typed(name, () -> edits.renameAction(ref, name.getText().strip()), false);
        content.getChildren().add(field("Name", "Unique in its stage.", name, p -> at.apply(p).map(l -> l.field("name"))));

        var namespace = new TextField(action.namespace().orElse(""));
        namespace.setId("inspector-action-namespace");
        namespace.setPromptText("none");
        var namespaceTyping = typedLive(namespace, () -> edits.setNamespace(ref,
                Optional.of(namespace.getText().strip()).filter(t -> !t.isEmpty())), false);
        updates.add((p, problems) -> current.apply(p).ifPresent(a -> namespaceTyping.show(a.namespace().orElse(""))));
        content.getChildren().add(field("Namespace", "Later actions read this action's output variables as "
                + "#{Namespace.Name}.", namespace, p -> at.apply(p).map(l -> l.field("namespace"))));

        var timeout = new TextField(minutes(action));
        timeout.setId("inspector-action-timeout");
        timeout.setPromptText(action.category() == dev.pipewright.model.ActionCategory.APPROVAL ? "7 days" : "60");
        var timeoutTyping = typedLive(timeout, () -> edits.setTimeout(ref, timeout.getText()), false);
        updates.add((p, problems) -> current.apply(p).ifPresent(a -> timeoutTyping.show(minutes(a))));
        content.getChildren().add(field("Timeout (minutes)", "The action fails, and its processes end, after this long.",
                timeout, p -> at.apply(p).map(l -> l.field("timeoutInMinutes"))));

        if (spec.isPresent() && !spec.get().settings().isEmpty()) {
            var heading = new Label("Settings");
            heading.getStyleClass().add("inspector-heading");
            content.getChildren().add(heading);
            for (SettingSpec setting : spec.get().settings()) {
                var editor = SettingField.editor(setting, action.setting(setting.key()), value ->
                        edits.setSetting(ref, setting.key(), setting.label(), value));
                editor.node().setId("setting-" + setting.key());
                editor.typing().ifPresent(typing::add);
                updates.add((p, problems) -> current.apply(p).ifPresent(a -> editor.show().accept(a.setting(setting.key()))));
                content.getChildren().add(field(setting.label() + (setting.required() ? " *" : ""),
                        setting.description(), editor.node(),
                        p -> at.apply(p).map(l -> l.field("configuration").field(setting.key()))));
            }
        }
        // the run order and artifacts sections follow the pipeline: built again at every change
        var sections = new VBox(12);
        content.getChildren().add(sections);
        FieldTyping sectionFields = (field, commit, multiLine) -> {
            var edit = FieldEdit.attach(field, commit, multiLine);
            sectionTyping.add(edit);
            return edit;
        };
        updates.add((p, problems) -> current.apply(p).ifPresent(a -> at.apply(p).ifPresent(l -> {
            rememberTyping();
            sectionTyping.clear();
            sections.getChildren().setAll(RunOrderSection.of(p, ref, a, catalog, edits, sectionFields),
                    ArtifactsSection.of(p, ref, a, catalog, problems, l, edits, sectionFields));
            goOnTyping();
        })));
        addOtherProblems(p -> at.apply(p).map(Location::pointer));
    }

    private static String minutes(Action action) {
        return action.timeoutInMinutes().map(java.math.BigDecimal::toPlainString).orElse("");
    }

    private FieldEdit typed(javafx.scene.control.TextInputControl field, Runnable commit, boolean multiLine) {
        var edit = FieldEdit.attach(field, commit, multiLine);
        typing.add(edit);
        return edit;
    }

    /** A field that commits when typing pauses too (not a stage's or action's name: see FieldEdit). */
    private FieldEdit typedLive(javafx.scene.control.TextInputControl field, Runnable commit, boolean multiLine) {
        var edit = FieldEdit.attachLive(field, commit, multiLine);
        typing.add(edit);
        return edit;
    }

    private Node title(String text, Node icon) {
        var label = new Label(text, icon);
        label.getStyleClass().addAll("inspector-title", "title-4");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(label);
        return label;
    }

    private static Label paragraph(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("inspector-text", "text-muted");
        return label;
    }

    /** A labelled editor with its help and, kept up to date, the problems found at {@code at}. */
    private Node field(String label, String help, Node editor, Function<Pipeline, Optional<Location>> at) {
        var name = new Label(label);
        name.getStyleClass().add("inspector-label");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(name);
        var box = new VBox(4, name, editor);
        if (help != null && !help.isBlank()) {
            var hint = new Label(help);
            hint.setWrapText(true);
            hint.getStyleClass().addAll("inspector-hint", "text-small", "text-muted");
            box.getChildren().add(hint);
        }
        var problemBox = new VBox(4);
        box.getChildren().add(problemBox);
        updates.add((p, problems) -> {
            List<Problem> here = at.apply(p).map(l -> problemsAt(problems, l)).orElse(List.of());
            problemBox.getChildren().setAll(here.stream().map(Inspector::problemLabel).toList());
            boolean error = here.stream().anyMatch(Problem::isError);
            if (error && !editor.getStyleClass().contains("danger")) {
                editor.getStyleClass().add("danger");
            } else if (!error) {
                editor.getStyleClass().remove("danger");
            }
            editor.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), error);
        });
        return box;
    }

    /** A labelled editor with its help and the problems given (for sections built again at every change). */
    static Node field(String label, String help, Node editor, List<Problem> problems) {
        var name = new Label(label);
        name.getStyleClass().add("inspector-label");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(name);
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

    /** Problems of the element (at the pointer given) not shown under one of its fields, kept up to date. */
    private void addOtherProblems(Function<Pipeline, Optional<String>> element) {
        var box = new VBox(4);
        content.getChildren().add(box);
        var shownUnderFields = List.of("/name", "/namespace", "/timeoutInMinutes", "/configuration/", "/actionTypeId/",
                "/inputArtifacts", "/inputArtifacts/", "/outputArtifacts", "/outputArtifacts/");
        updates.add((pipeline, problems) -> {
            String elementPointer = element.apply(pipeline).orElse(null);
            var others = elementPointer == null ? List.<Problem>of() : problems.stream().filter(p -> {
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
            box.getChildren().setAll(others.stream().map(Inspector::problemLabel).toList());
        });
    }

    /** For tests and the window: the current content. */
    List<Node> shown() {
        return content.getChildren();
    }

}
