package dev.pipewright.ui;

import java.text.BreakIterator;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A provider's explanation in the inspector: its first sentence, and the rest behind "More". The
 * whole text of a Shell action is twelve lines, which pushed its settings out of view, so a newcomer
 * had to scroll to find the one field they came for.
 */
final class Explanation {

    private Explanation() {
    }

    static Node of(String text) {
        String first = firstSentence(text);
        var label = new Label(first);
        label.setId("inspector-explanation");
        label.setWrapText(true);
        label.getStyleClass().addAll("inspector-text", "text-muted");
        if (first.length() == text.strip().length()) {
            return label;
        }
        var more = new Hyperlink("More…");
        more.setId("inspector-explanation-more");
        more.setOnAction(e -> {
            label.setText(text);
            more.setVisible(false);
            more.setManaged(false);
        });
        var box = new VBox(2, label, more);
        return box;
    }

    /** The text's first sentence, or all of it if it has one. */
    static String firstSentence(String text) {
        var sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String stripped = text.strip();
        sentences.setText(stripped);
        int end = sentences.next();
        return end == BreakIterator.DONE ? stripped : stripped.substring(0, end).strip();
    }
}
