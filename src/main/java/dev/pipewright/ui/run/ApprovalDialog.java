package dev.pipewright.ui.run;

import dev.pipewright.engine.ActionRecord;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The approval gate's dialog: its message and link, a comment, Approve or Reject. */
final class ApprovalDialog {

    /** What the person decided. */
    record Decision(boolean approve, String comment) {
    }

    private ApprovalDialog() {
    }

    /**
     * Shows the dialog without blocking (no nested event loop, so nothing else on the JavaFX
     * thread can hold it up); {@code onClose} gets the decision, or empty when dismissed.
     */
    static void ask(Window owner, String gate, ActionRecord.Approval approval,
                    java.util.function.Consumer<String> openLink,
                    java.util.function.Consumer<Optional<Decision>> onClose) {
        var dialog = new Dialog<Decision>();
        dialog.initOwner(owner);
        dialog.setTitle("Approval needed");
        dialog.setHeaderText(gate + " is waiting for your decision");
        var approve = new ButtonType("Approve", ButtonBar.ButtonData.OK_DONE);
        var reject = new ButtonType("Reject", ButtonBar.ButtonData.NO);
        dialog.getDialogPane().getButtonTypes().addAll(approve, reject, ButtonType.CANCEL);
        dialog.getDialogPane().setId("approval-dialog");
        var box = new VBox(8);
        box.setPadding(new Insets(4, 0, 0, 0));
        if (approval.message() != null && !approval.message().isBlank()) {
            var message = new Label(approval.message());
            message.setWrapText(true);
            message.setMaxWidth(460);
            box.getChildren().add(message);
        }
        if (approval.link() != null) {
            var link = new Hyperlink("Review: " + approval.link());
            link.setOnAction(e -> openLink.accept(approval.link()));
            box.getChildren().add(link);
        }
        var comment = new TextArea();
        comment.setId("approval-comment");
        comment.setPromptText("A comment (kept with the execution)");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        box.getChildren().addAll(new Label("Comment"), comment);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(button -> button == approve ? new Decision(true, comment.getText().strip())
                : button == reject ? new Decision(false, comment.getText().strip()) : null);
        dialog.setOnHidden(e -> onClose.accept(Optional.ofNullable(dialog.getResult())));
        dialog.show();
    }
}
