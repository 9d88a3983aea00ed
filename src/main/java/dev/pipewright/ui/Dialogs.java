package dev.pipewright.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The window's few dialogs, each saying what happened and what to do. */
public final class Dialogs {

    /** The answer to "save changes?" before something would lose them. */
    public enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** The error list's size before it scrolls, in characters and lines. */
    private static final int MAX_COLUMNS = 80;
    private static final int MAX_ROWS = 30;

    private Dialogs() {
    }

    public static void error(Window owner, String header, String details) {
        var alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Pipewright");
        alert.setHeaderText(header);
        var text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        // as wide as the longest line (within reason) and as tall as all of it wrapped, so every
        // error shows without scrolling; only a very long list scrolls
        int columns = Math.max(50, Math.min(MAX_COLUMNS, details.lines().mapToInt(String::length).max().orElse(0) + 2));
        int rows = details.lines().mapToInt(l -> Math.max(1, (l.length() + columns - 3) / (columns - 2))).sum() + 1;
        text.setPrefColumnCount(columns);
        text.setPrefRowCount(Math.min(MAX_ROWS, rows));
        text.setId("error-details");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.showAndWait();
    }

    public static SaveChoice askToSave(Window owner, String name, String action) {
        var save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        var discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Pipewright");
        alert.setHeaderText("Save the changes to " + name + " before " + action + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        alert.getDialogPane().setId("save-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    public static boolean confirm(Window owner, String header, String text, String yes) {
        var ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Pipewright");
        alert.setHeaderText(header);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }
}
