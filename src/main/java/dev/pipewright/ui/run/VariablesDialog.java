package dev.pipewright.ui.run;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Before a run: values for the pipeline's variables. Only asks when there are variables; defaults
 * are filled in, secrets are typed in a password field (or come from their environment variable).
 */
final class VariablesDialog {

    private VariablesDialog() {
    }

    /** The values to run with, or empty when the person cancelled. */
    static Optional<Map<String, String>> ask(Window owner, Pipeline pipeline) {
        return ask(owner, pipeline, Map.of());
    }

    /** As {@link #ask(Window, Pipeline)}, offering {@code previous} values (a re-run's) instead of the defaults. */
    static Optional<Map<String, String>> ask(Window owner, Pipeline pipeline, Map<String, String> previous) {
        if (pipeline.variables().isEmpty()) {
            return Optional.of(Map.of());
        }
        return show(owner, pipeline, previous, "Run " + pipeline.name(), "Values for this run", "Run");
    }

    /**
     * Before watching: values for every execution the watch starts. Asks only when a variable has
     * no default, since nobody is there to ask when a commit arrives; otherwise the defaults apply.
     */
    static Optional<Map<String, String>> askForWatch(Window owner, Pipeline pipeline) {
        if (pipeline.variables().stream().allMatch(v -> v.defaultValue().isPresent())) {
            return Optional.of(Map.of());
        }
        return show(owner, pipeline, Map.of(), "Watch " + pipeline.name(),
                "Values for every execution a new commit starts", "Watch");
    }

    private static Optional<Map<String, String>> show(Window owner, Pipeline pipeline, Map<String, String> previous,
                                                      String title, String header, String confirm) {
        var dialog = new Dialog<Map<String, String>>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        var run = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().setId("variables-dialog");
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
        dialog.getDialogPane().setContent(grid);
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
            return values;
        });
        return dialog.showAndWait();
    }
}
