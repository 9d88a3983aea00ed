package dev.pipewright.ui;

import dev.pipewright.interop.InteropReport;
import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * After an import or export: the files written (for an export) and every note of the report,
 * "where" then "what", with Copy to paste them elsewhere. It does not block the window: the
 * person can look at the canvas while reading what did not carry over.
 */
final class InteropReportDialog {

    private InteropReportDialog() {
    }

    static Dialog<Void> show(Window owner, String heading, List<Path> written, InteropReport report) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Pipewright");
        dialog.setHeaderText(heading);
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("interop-report");
        pane.getStylesheets().add(Theme.class.getResource("pipewright.css").toExternalForm());
        var copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        pane.getButtonTypes().addAll(copy, ButtonType.CLOSE);
        var text = ReportText.of(heading, written, report);
        var copyButton = (Button) pane.lookupButton(copy);
        copyButton.setId("report-copy");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // copying must not close the dialog
            var content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText("Copied");
        });

        var body = new VBox(6);
        body.getStyleClass().add("interop-report");
        if (!written.isEmpty()) {
            body.getChildren().add(heading("Files written"));
            for (Path file : written) {
                var row = new Label(file.toString(), Icons.of("mdi2f-file-document-outline"));
                row.getStyleClass().add("report-file");
                row.setUserData(file);
                body.getChildren().add(row);
            }
        }
        if (report.isEmpty()) {
            var all = new Label(ReportText.NOTHING_LOST, Icons.of("mdi2c-check-circle-outline"));
            all.setId("report-nothing-lost");
            all.getStyleClass().add("report-nothing-lost");
            body.getChildren().add(all);
        } else {
            body.getChildren().add(heading("Did not carry over as it was (" + report.notes().size() + ")"));
            for (InteropReport.Note note : report.notes()) {
                body.getChildren().add(note(note));
            }
        }
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(Math.min(380, 60 + 48.0 * (report.notes().size() + written.size())));
        scroll.getStyleClass().add("edge-to-edge");
        pane.setContent(scroll);
        dialog.show();
        return dialog;
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("report-heading");
        return label;
    }

    private static VBox note(InteropReport.Note note) {
        var where = new Label(note.where());
        where.getStyleClass().add("report-where");
        var what = new Label(note.what());
        what.getStyleClass().add("report-what");
        what.setWrapText(true);
        var row = new VBox(1, where, what);
        row.getStyleClass().add("report-note");
        row.setUserData(note.toString());
        return row;
    }
}
