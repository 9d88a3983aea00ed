package dev.pipewright.ui.run;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The variables of the shown execution: the pipeline's, with the values it ran with, and every
 * action's output variables, named as a later action refers to them ({@code #{Namespace.Key}}).
 */
public final class RunVariablesPanel extends TableView<RunVariablesPanel.Row> {

    /** One variable: how it is referred to, its value, and where it came from. */
    public record Row(String name, String value, String from) { }

    /** Shows the variables of the execution on screen in {@code state}. */
    public RunVariablesPanel(dev.pipewright.ui.state.WindowState state) {
        setId("run-variables");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("Run the pipeline or open an execution from the History to see its variables."));
        getColumns().addAll(List.of(
                column("Variable", 260, Row::name),
                column("Value", 420, Row::value),
                column("Set by", 220, Row::from)));
        Runnable follow = () -> state.executionProperty().get().ifPresentOrElse(
                record -> show(record, state.executedPipelineProperty().get()), this::clear);
        state.executionProperty().addListener((o, was, now) -> follow.run());
        state.executedPipelineProperty().addListener((o, was, now) -> follow.run());
    }

    /** Shows {@code record}'s variables; {@code pipeline} (as it ran) names the namespaces. */
    private void show(ExecutionRecord record, Optional<Pipeline> pipeline) {
        List<Row> rows = rows(record, pipeline);
        if (!rows.equals(getItems())) { // called for every batch of a run's events; most change no variable
            getItems().setAll(rows);
        }
    }

    private void clear() {
        getItems().clear();
    }

    static List<Row> rows(ExecutionRecord record, Optional<Pipeline> pipeline) {
        var rows = new ArrayList<Row>();
        Map<String, String> values = record.variables();
        if (pipeline.isPresent()) {
            for (PipelineVariable v : pipeline.get().variables()) {
                String value = v.secret() ? "•••••• (secret)" : values.getOrDefault(v.name(), v.defaultValue().orElse(""));
                rows.add(new Row("#{variables." + v.name() + "}", value,
                        values.containsKey(v.name()) ? "given for this run" : "default"));
            }
        } else {
            values.forEach((name, value) -> rows.add(new Row("#{variables." + name + "}", value, "given for this run")));
        }
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                Optional<String> namespace = pipeline.flatMap(p -> p.stage(stage.name()))
                        .flatMap(s -> s.action(action.name())).flatMap(Action::namespace);
                action.outputVariables().forEach((key, value) -> rows.add(new Row(
                        namespace.map(ns -> "#{" + ns + "." + key + "}").orElse(key + " (no namespace)"),
                        value, stage.name() + " / " + action.name())));
            }
        }
        return rows;
    }

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        var column = new TableColumn<Row, String>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
