package dev.pipewright.ui.logs;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * One row of the log on screen: a line number in the gutter and the line's text, with matches of
 * the search marked. Rows are a small pool reused as the view scrolls; each shows whichever line
 * it is given and reads nothing itself.
 */
final class LogRow extends HBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Label gutter = new Label();
    private final HBox content = new HBox();
    private final Label plain = piece("", false);
    /** One character's width in the log's font, measured once. */
    private static double charWidth;

    private int line = -1;
    private String text = "";
    private String query = "";
    private int gutterDigits;
    private boolean complete;

    LogRow() {
        getStyleClass().add("log-line");
        gutter.getStyleClass().add("log-gutter");
        gutter.setMinWidth(Region.USE_PREF_SIZE);
        content.getStyleClass().add("log-text");
        content.getChildren().add(plain);
        getChildren().addAll(gutter, content);
        setManaged(false);
    }

    /** The line shown, or -1. */
    int line() {
        return line;
    }

    /**
     * Shows {@code text} as line {@code line}; null text (not read yet) shows an empty row that
     * {@link #isComplete()} reports, so the view fills it when the text arrives.
     */
    void show(int line, String text, String query, int gutterDigits) {
        String shown = text == null ? "" : text;
        boolean same = line == this.line && shown.equals(this.text) && query.equals(this.query)
                && gutterDigits == this.gutterDigits;
        complete = text != null;
        setVisible(true);
        if (same) {
            return; // a label given an equal but new string lays itself out again
        }
        this.line = line;
        this.text = shown;
        this.query = query;
        this.gutterDigits = gutterDigits;
        gutter.setText(padded(line + 1, gutterDigits));
        fill(shown, query);
    }

    boolean isComplete() {
        return complete;
    }

    /**
     * The row's width without a layout pass: the font is monospaced, so it is the characters
     * times one character's width, plus the paddings.
     */
    double estimatedWidth() {
        if (charWidth == 0) {
            Text sample = new Text("0123456789".repeat(10));
            sample.setFont(plain.getFont());
            charWidth = sample.getLayoutBounds().getWidth() / 100;
        }
        return (gutter.getText().length() + text.length()) * charWidth + gutter.snappedLeftInset()
                + gutter.snappedRightInset() + content.snappedLeftInset() + content.snappedRightInset();
    }

    void hide() {
        line = -1;
        text = "";
        setVisible(false);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** The text as shown, matches included. */
    String shownText() {
        StringBuilder text = new StringBuilder();
        content.getChildren().forEach(n -> text.append(((Label) n).getText()));
        return text.toString();
    }

    private static String padded(int number, int digits) {
        String n = Integer.toString(number);
        return n.length() >= digits ? n : " ".repeat(digits - n.length()) + n;
    }

    // plain lines are one label; lines with matches are split so each match can be marked
    private void fill(String text, String query) {
        int match = LogSearch.indexIn(text, query, 0);
        if (match < 0) {
            plain.setText(text);
            if (content.getChildren().size() != 1 || content.getChildren().get(0) != plain) {
                content.getChildren().setAll(plain);
            }
            return;
        }
        content.getChildren().clear();
        int from = 0;
        while (match >= 0) {
            if (match > from) {
                content.getChildren().add(piece(text.substring(from, match), false));
            }
            from = match + query.length();
            content.getChildren().add(piece(text.substring(match, from), true));
            match = LogSearch.indexIn(text, query, from);
        }
        if (from < text.length() || content.getChildren().isEmpty()) {
            content.getChildren().add(piece(text.substring(from), false));
        }
    }

    private static Label piece(String text, boolean match) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(match ? "log-match" : "log-plain");
        return label;
    }
}
