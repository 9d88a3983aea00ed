package dev.pipewright.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts and Help → About. */
final class HelpDialogs {

    /** Keys of the canvas that are not menu commands. */
    private static final List<String[]> CANVAS_KEYS = List.of(
            new String[] {"Arrow Left / Right", "Move the selected card to the group or stage beside it"},
            new String[] {"Double-click", "Rename in place (Enter keeps, Escape cancels)"},
            new String[] {"Shift+click, Ctrl+click, drag on empty canvas", "Select several"},
            new String[] {"Ctrl+wheel", "Zoom"},
            new String[] {"Wheel, middle button or Space+drag", "Scroll and pan"},
            new String[] {"Ctrl+Enter", "Commit a multi-line field in the inspector"});

    private HelpDialogs() {
    }

    /** Every command with a shortcut, by menu, then the canvas's own keys. */
    static void shortcuts(Window owner) {
        var grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        String menu = null;
        for (AppCommand c : AppCommand.values()) {
            if (c.accelerator() == null) {
                continue;
            }
            if (!c.menu().equals(menu)) {
                menu = c.menu();
                grid.add(heading(menu), 0, row++, 2, 1);
            }
            grid.addRow(row++, new Label(c.text()), key(c.accelerator().getDisplayText()));
        }
        grid.add(heading("Canvas"), 0, row++, 2, 1);
        for (String[] k : CANVAS_KEYS) {
            grid.addRow(row++, new Label(k[1]), key(k[0]));
        }
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, row * 24.0));
        var alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.setResizable(true);
        alert.show();
    }

    static void about(Window owner, java.nio.file.Path runsDir) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        var alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Pipewright");
        alert.setHeaderText("Pipewright " + (version == null ? "(development build)" : version));
        var text = new Label("Draw CI/CD pipelines and run them on your own workstation.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version",
                "?") + "\nExecutions are kept in " + runsDir + ".");
        text.setWrapText(true);
        text.setId("about-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        alert.show();
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("text-bold");
        label.setPadding(new javafx.geometry.Insets(8, 0, 2, 0));
        return label;
    }

    private static Label key(String text) {
        var label = new Label(text);
        label.getStyleClass().add("shortcut-key");
        return label;
    }
}
