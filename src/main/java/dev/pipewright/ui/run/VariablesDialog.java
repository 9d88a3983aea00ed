package dev.pipewright.ui.run;

import dev.pipewright.engine.NonLocalActions;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Before a run: values for the pipeline's variables, and, when the pipeline has actions that run
 * only on AWS, whether to skip them or simulate their success. Only asks when there is something
 * to ask; defaults are filled in, secrets are typed in a password field (or come from their
 * environment variable).
 */
final class VariablesDialog {

    private VariablesDialog() {
    }

    /**
     * The choices to run with, or empty when the person cancelled.
     *
     * @param previous     values to offer instead of the defaults (a re-run's)
     * @param awsOnly      the actions that cannot run here, as "Stage / Action"
     * @param lastNonLocal what to preselect for them: the choice made last time
     */
    static Optional<RunChoices> ask(Window owner, Pipeline pipeline, Map<String, String> previous,
                                    List<String> awsOnly, NonLocalActions lastNonLocal) {
        if (pipeline.variables().isEmpty() && awsOnly.isEmpty()) {
            return Optional.of(new RunChoices(Map.of(), lastNonLocal));
        }
        return show(owner, pipeline, previous, awsOnly, lastNonLocal, "Run " + pipeline.name(),
                pipeline.variables().isEmpty() ? "Before this run" : "Values for this run", "Run");
    }

    /**
     * Before watching: values for every execution the watch starts. Asks only when a variable has
     * no default, since nobody is there to ask when a commit arrives; otherwise the defaults apply.
     */
    static Optional<Map<String, String>> askForWatch(Window owner, Pipeline pipeline) {
        if (pipeline.variables().stream().allMatch(v -> v.defaultValue().isPresent())) {
            return Optional.of(Map.of());
        }
        return show(owner, pipeline, Map.of(), List.of(), NonLocalActions.SKIP, "Watch " + pipeline.name(),
                "Values for every execution a new commit starts", "Watch").map(RunChoices::variables);
    }

    private static Optional<RunChoices> show(Window owner, Pipeline pipeline, Map<String, String> previous,
                                             List<String> awsOnly, NonLocalActions lastNonLocal,
                                             String title, String header, String confirm) {
        var dialog = new Dialog<RunChoices>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        var run = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().setId("variables-dialog");
        dialog.getDialogPane().getStylesheets().add(
                java.util.Objects.requireNonNull(VariablesDialog.class.getResource("/dev/pipewright/ui/pipewright.css"),
                        "the window's stylesheet").toExternalForm());
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 0, 0));
        var fields = new LinkedHashMap<String, TextField>();
        int row = 0;
        for (PipelineVariable v : pipeline.variables()) {
            TextField field = v.secret() ? new PasswordField()
                    : new TextField(previous.getOrDefault(v.name(), v.defaultValue().orElse("")));
            field.setId("variable-" + v.name());
            v.fromEnv().ifPresent(env -> field.setPromptText("from $" + env + " when left empty"));
            field.setPrefColumnCount(28);
            grid.add(new Label(v.name()), 0, row);
            grid.add(field, 1, row);
            v.description().ifPresent(d -> {
                var hint = new Label(d);
                hint.getStyleClass().addAll("text-small", "text-muted");
                grid.add(hint, 1, grid.getRowCount());
            });
            row = grid.getRowCount();
            fields.put(v.name(), field);
        }
        var group = new ToggleGroup();
        var skip = new RadioButton("Skip them (later actions that need their artifacts or variables fail)");
        var simulate = new RadioButton("Simulate success (nothing runs; their output artifacts are empty)");
        skip.setId("non-local-skip");
        simulate.setId("non-local-simulate");
        skip.setToggleGroup(group);
        simulate.setToggleGroup(group);
        (lastNonLocal == NonLocalActions.SKIP ? skip : simulate).setSelected(true);
        var content = new VBox(12);
        if (!fields.isEmpty()) {
            content.getChildren().add(grid);
        }
        if (!awsOnly.isEmpty()) {
            var heading = new Label("Actions that only run on AWS (" + awsOnly.size() + "): "
                    + String.join(", ", awsOnly.subList(0, Math.min(4, awsOnly.size())))
                    + (awsOnly.size() > 4 ? ", …" : ""));
            heading.setWrapText(true);
            heading.setMaxWidth(520);
            heading.setGraphic(new FontIcon("mdi2c-cloud-off-outline"));
            heading.getStyleClass().add("non-local-heading");
            var choice = new VBox(6, heading, skip, simulate);
            choice.setId("non-local-choice");
            content.getChildren().add(choice);
        }
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> {
            if (button != run) {
                return null;
            }
            var values = new LinkedHashMap<String, String>();
            fields.forEach((name, field) -> {
                if (!field.getText().isEmpty()) {
                    values.put(name, field.getText());
                }
            });
            return new RunChoices(values, skip.isSelected() ? NonLocalActions.SKIP : NonLocalActions.SIMULATE);
        });
        return dialog.showAndWait();
    }
}
