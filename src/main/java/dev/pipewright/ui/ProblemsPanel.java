package dev.pipewright.ui;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Live validation: every problem with where it is and what to do; a click selects the element, and a
 * problem with one single fix can apply it (its button, a double-click, or its context menu).
 */
public final class ProblemsPanel extends TableView<ProblemsPanel.Row> {

    /** A problem and its place in words. */
    public record Row(Problem problem, String where) {
    }

    private Function<Problem, Optional<String>> fixWords = p -> Optional.empty();
    private Consumer<Problem> applyFix = p -> { };

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
        var fix = new TableColumn<Row, Row>("Fix");
        fix.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fix.setCellFactory(c -> new FixCell());
        fix.setMinWidth(150);
        fix.setMaxWidth(260);
        getColumns().addAll(List.of(severity, where, message, fix));
        setRowFactory(t -> {
            var row = new TableRow<Row>();
            var menu = new ContextMenu();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onSelect.accept(row.getItem().problem());
                    if (e.getClickCount() == 2) {
                        applyFix(row.getItem());
                    }
                }
            });
            row.setOnContextMenuRequested(e -> {
                if (row.isEmpty()) {
                    return;
                }
                Optional<String> words = fixWords.apply(row.getItem().problem());
                var apply = new MenuItem(words.map(w -> "Apply Fix: " + w).orElse("No fix to apply"));
                apply.setId("problem-apply-fix");
                apply.setDisable(words.isEmpty());
                apply.setOnAction(a -> applyFix(row.getItem()));
                menu.getItems().setAll(apply);
                menu.show(row, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            return row;
        });
    }

    /**
     * Offers "Apply fix" on the problems that have one single fix: {@code words} says what it does
     * (empty: no fix), {@code apply} does it.
     */
    public void setFixes(Function<Problem, Optional<String>> words, Consumer<Problem> apply) {
        this.fixWords = words;
        this.applyFix = apply;
        refresh();
    }

    private void applyFix(Row row) {
        if (fixWords.apply(row.problem()).isPresent()) {
            applyFix.accept(row.problem());
        }
    }

    /** A button in rows whose problem has a single fix, saying what it does. */
    private final class FixCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            Optional<String> words = empty || row == null ? Optional.empty() : fixWords.apply(row.problem());
            if (words.isEmpty()) {
                setGraphic(null);
                return;
            }
            var button = new Button("Apply fix", Icons.of("mdi2a-auto-fix"));
            button.getStyleClass().addAll("small", "apply-fix");
            button.setTooltip(new Tooltip(words.get()));
            button.setOnAction(e -> applyFix(row));
            setGraphic(button);
        }
    }

    /** Shows the problems of the state's pipeline, as validated after each change; none with no pipeline open. */
    public void follow(dev.pipewright.ui.state.WindowState state) {
        state.validationsProperty().addListener((o, was, now) -> {
            Pipeline pipeline = state.pipelineProperty().get();
            if (pipeline == null) {
                clear();
            } else {
                show(pipeline, state.problemsProperty().get());
            }
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
