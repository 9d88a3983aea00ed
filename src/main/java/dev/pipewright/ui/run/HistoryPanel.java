package dev.pipewright.ui.run;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.Durations;
import dev.pipewright.engine.ExecutionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Past and running executions of the open pipeline, newest first; double-click one to show it. */
public final class HistoryPanel extends TableView<ExecutionRecord> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Lists the executions the window's state holds; {@code onOpen} shows one on the canvas. */
    public HistoryPanel(dev.pipewright.ui.state.WindowState state, Consumer<ExecutionRecord> onOpen) {
        setId("history");
        getStyleClass().add("dense");
        setPlaceholder(new Label("No executions of this pipeline yet: press Run (F5)."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().addAll(List.of(
                column("Execution", 190, ExecutionRecord::executionId),
                // a simulated execution executed nothing: the history must never pass it off as a real one
                column("Status", 150, r -> r.status().displayName() + (r.isSimulated() ? " (simulated)" : "")),
                column("Trigger", 150, HistoryPanel::trigger),
                column("Commit", 240, HistoryPanel::commit),
                column("Started", 150, r -> r.startTime() == null ? "" : WHEN.format(r.startTime())),
                column("Duration", 100, r -> Durations.words(r.duration(Instant.now()))),
                column("Decisions", 200, HistoryPanel::decisions)));
        setRowFactory(t -> {
            var row = new TableRow<ExecutionRecord>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        state.historyProperty().addListener((o, was, now) -> show(now));
    }

    private void show(List<ExecutionRecord> records) {
        var selected = getSelectionModel().getSelectedItem();
        getItems().setAll(records);
        if (selected != null) {
            records.stream().filter(r -> r.executionId().equals(selected.executionId())).findFirst()
                    .ifPresent(r -> getSelectionModel().select(r));
        }
    }

    private static TableColumn<ExecutionRecord, String> column(String title, double width,
                                                               Function<ExecutionRecord, String> value) {
        var column = new TableColumn<ExecutionRecord, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** "GitChange" for a trigger; else who or what started it, as "Manual: started by ada". */
    static String trigger(ExecutionRecord record) {
        var by = record.startedBy();
        if (by == null) {
            return "";
        }
        if (by.gitChange().isPresent() || by.detail().isBlank()) {
            return by.type();
        }
        return by.type() + ": " + by.detail();
    }

    /** The commit it ran with (a trigger's, or what its Git source fetched): "1a2b3c4 Fix the build (main)". */
    static String commit(ExecutionRecord record) {
        return record.commit().map(c -> c.shortId() + " " + c.message()
                + (c.branch().isEmpty() ? "" : " (" + c.branch() + ")")).orElse("");
    }

    private static String decisions(ExecutionRecord record) {
        return record.stages().stream().flatMap(s -> s.actions().stream())
                .map(ActionRecord::approval).filter(Objects::nonNull).filter(ActionRecord.Approval::isDecided)
                .map(a -> a.decision() + " by " + a.by() + (a.comment() == null || a.comment().isBlank() ? ""
                        : ": " + a.comment()))
                .collect(Collectors.joining("; "));
    }
}
