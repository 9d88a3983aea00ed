package dev.pipewright.ui;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Live validation: every problem with where it is and what to do; a click selects the element. */
public final class ProblemsPanel extends TableView<ProblemsPanel.Row> {

    /** A problem and its place in words. */
    public record Row(Problem problem, String where) {
    }

    public ProblemsPanel(Consumer<Problem> onSelect) {
        setId("problems");
        getStyleClass().addAll("problems", "dense");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No problems: the pipeline can run."));
        var severity = new TableColumn<Row, Row>("");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        severity.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : Icons.of(row.problem().isError()
                        ? "mdi2a-alert-circle-outline" : "mdi2a-alert-outline"));
                getStyleClass().removeAll("danger", "warning");
                if (!empty && row != null) {
                    getStyleClass().add(row.problem().isError() ? "danger" : "warning");
                }
            }
        });
        severity.setMaxWidth(32);
        severity.setMinWidth(32);
        var where = new TableColumn<Row, String>("Where");
        where.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().where()));
        where.setPrefWidth(300);
        where.setMaxWidth(420);
        var message = new TableColumn<Row, String>("Problem");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().problem().message()
                + c.getValue().problem().fix().map(f -> " — fix: " + f).orElse("")));
        message.setPrefWidth(900);
        getColumns().addAll(List.of(severity, where, message));
        setRowFactory(t -> {
            var row = new TableRow<Row>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onSelect.accept(row.getItem().problem());
                }
            });
            return row;
        });
    }

    public void clear() {
        getItems().clear();
        setPlaceholder(new Label("Problems of the open pipeline show here."));
    }

    public void show(Pipeline pipeline, List<Problem> problems) {
        setPlaceholder(new Label("No problems: the pipeline can run."));
        getItems().setAll(problems.stream().map(p -> new Row(p, p.location().describe(pipeline))).toList());
    }
}
