package dev.pipewright.ui.logs;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** One line of the log: its number in the gutter and its text, read only when the cell shows it. */
final class LogLineCell extends ListCell<Integer> {

    private final IntFunction<String> text;
    private final Supplier<String> query;
    private final Supplier<Integer> gutterDigits;
    private final Label gutter = new Label();
    private final HBox content = new HBox();
    private final HBox row = new HBox(gutter, content);
    private final Label plain = piece("", false);

    LogLineCell(IntFunction<String> text, Supplier<String> query, Supplier<Integer> gutterDigits) {
        this.text = text;
        this.query = query;
        this.gutterDigits = gutterDigits;
        getStyleClass().add("log-line");
        gutter.getStyleClass().add("log-gutter");
        gutter.setMinWidth(Region.USE_PREF_SIZE);
        content.getStyleClass().add("log-text");
        setText(null);
    }

    @Override
    protected void updateItem(Integer line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        reload();
    }

    /** Reads the line again: the last line of a running action grows until its line end arrives. */
    void reload() {
        Integer line = getItem();
        if (line == null || isEmpty()) {
            return;
        }
        gutter.setText(padded(line + 1, gutterDigits.get()));
        fill(text.apply(line), query.get());
        setGraphic(row);
    }

    private static String padded(int number, int digits) {
        String n = Integer.toString(number);
        return n.length() >= digits ? n : " ".repeat(digits - n.length()) + n;
    }

    // plain lines are one label; lines with matches are split so each match can be marked
    private void fill(String line, String query) {
        int match = LogSearch.indexIn(line, query, 0);
        if (match < 0) {
            plain.setText(line);
            if (content.getChildren().size() != 1 || content.getChildren().get(0) != plain) {
                content.getChildren().setAll(plain);
            }
            return;
        }
        content.getChildren().clear();
        int from = 0;
        while (match >= 0) {
            if (match > from) {
                content.getChildren().add(piece(line.substring(from, match), false));
            }
            from = match + query.length();
            content.getChildren().add(piece(line.substring(match, from), true));
            match = LogSearch.indexIn(line, query, from);
        }
        if (from < line.length() || content.getChildren().isEmpty()) {
            content.getChildren().add(piece(line.substring(from), false));
        }
    }

    private static Label piece(String text, boolean match) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(match ? "log-match" : "log-plain");
        return label;
    }
}
