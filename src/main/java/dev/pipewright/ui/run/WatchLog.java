package dev.pipewright.ui.run;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The Watch tab: what the watch saw and did, one line each with its time, newest at the bottom.
 * Only the latest {@link #KEPT} lines are kept, so a watch left on for days costs no memory.
 */
public final class WatchLog extends ListView<WatchLog.Line> {

    static final int KEPT = 1000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** The kinds of line, each with its own mark (so the kind never rests on colour alone). */
    public enum Kind {
        WATCHING("◉"), STARTED("▶"), IGNORED("·"), PROBLEM("!"), NOTE("–");

        final String mark;

        Kind(String mark) {
            this.mark = mark;
        }
    }

    public record Line(Instant time, Kind kind, String text) {
        @Override
        public String toString() {
            return CLOCK.format(time) + "  " + kind.mark + "  " + text;
        }
    }

    WatchLog() {
        setId("watch-log");
        getStyleClass().addAll("dense", "watch-log");
        setPlaceholder(new Label("Not watching. Turn on Run → Watch for Changes to start an execution for every new "
                + "commit the pipeline's triggers let through."));
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.toString());
                getStyleClass().removeIf(c -> c.startsWith("watch-"));
                if (!empty && line != null) {
                    getStyleClass().add("watch-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
    }

    void add(List<Line> lines) {
        boolean atBottom = getItems().isEmpty() || isShowingLast();
        getItems().addAll(lines);
        if (getItems().size() > KEPT) {
            getItems().remove(0, getItems().size() - KEPT);
        }
        if (atBottom) {
            scrollTo(getItems().size() - 1);
        }
    }

    /** The lines as text, oldest first (for tests and copying). */
    public List<String> texts() {
        return getItems().stream().map(Line::toString).toList();
    }

    private boolean isShowingLast() {
        // without a skin yet (tab not shown) follow the newest line
        var flow = lookup(".virtual-flow");
        if (!(flow instanceof javafx.scene.control.skin.VirtualFlow<?> f) || f.getLastVisibleCell() == null) {
            return true;
        }
        return f.getLastVisibleCell().getIndex() >= getItems().size() - 1;
    }
}
