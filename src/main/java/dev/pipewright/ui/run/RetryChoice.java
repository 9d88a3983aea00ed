package dev.pipewright.ui.run;

import dev.pipewright.model.ChangesSince;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Asked when Retry is pressed after the pipeline was edited: a retry runs the execution as it ran
 * (as CodePipeline's does), so the edit a person just made to fix the failure would not be in it.
 * They choose: run their changes as a new execution, retry as it ran, or neither.
 */
enum RetryChoice {
    RUN_CHANGES, RETRY_AS_RAN, CANCEL;

    static RetryChoice ask(Window owner, String executionId, String stage, ChangesSince changes) {
        var runChanges = new ButtonType("Run My Changes", ButtonBar.ButtonData.OK_DONE);
        var retry = new ButtonType("Retry As It Ran", ButtonBar.ButtonData.OTHER);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", runChanges, retry, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Pipewright");
        alert.setHeaderText("The pipeline changed since execution " + executionId + " started");
        var text = new Label("Retrying stage '" + stage + "' runs it as the execution ran it, without your "
                + "changes (" + changes.sentence() + ").\n\nRun My Changes starts a new execution of the "
                + "pipeline as it is now; Retry As It Ran goes on with the old one.");
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(runChanges::equals).isPresent()) {
            return RUN_CHANGES;
        }
        return answer.filter(retry::equals).isPresent() ? RETRY_AS_RAN : CANCEL;
    }
}
