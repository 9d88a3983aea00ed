package dev.pipewright.ui;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A notice in the window's lower right corner that a gate waits, with a button that opens its
 * decision dialog. It stays 20 seconds (or until clicked); the window's title keeps saying it after.
 * Our own popup rather than ControlsFX's Notifications, whose stylesheet expects Modena's colours.
 */
final class ApprovalNotice {

    private static final String STYLESHEET = Objects.requireNonNull(
            ApprovalNotice.class.getResource("pipewright.css")).toExternalForm();
    private static final Duration SHOWN_FOR = Duration.seconds(20);

    private ApprovalNotice() {
    }

    static Popup show(Window owner, String title, String message, Runnable open) {
        var heading = new Label(title, Icons.of("mdi2a-account-clock"));
        heading.getStyleClass().add("approval-notice-title");
        var text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(340);
        var decide = new Button("Approve or reject…");
        decide.setDefaultButton(true);
        var later = new Button("Later");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var buttons = new HBox(8, spacer, later, decide);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        var box = new VBox(8, heading, text, buttons);
        box.setId("approval-notice");
        box.getStyleClass().add("approval-notice");
        box.setPadding(new Insets(12));
        box.getStylesheets().add(STYLESHEET);

        var popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(false);
        var timer = new PauseTransition(SHOWN_FOR);
        timer.setOnFinished(e -> popup.hide());
        later.setOnAction(e -> popup.hide());
        decide.setOnAction(e -> {
            popup.hide();
            open.run();
        });
        popup.setOnShown(e -> {
            // lower right corner of the window, inside it
            popup.setX(owner.getX() + owner.getWidth() - box.getWidth() - 24);
            popup.setY(owner.getY() + owner.getHeight() - box.getHeight() - 48);
        });
        popup.show(owner);
        timer.play();
        return popup;
    }
}
