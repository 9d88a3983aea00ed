package dev.pipewright.ui.canvas;

import dev.pipewright.edit.ActionRef;
import dev.pipewright.layout.Box;
import dev.pipewright.model.Action;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/** An action's card: category icon, name, category and provider, and an output port on the right edge. */
final class CardNode extends Region {

    /** Everything a card shows; a card is only touched when this changes. */
    record Model(Action action, String subtitle, Box box, Optional<CanvasProblem> problem) {
    }

    private final ActionRef ref;
    private final FontIcon icon = new FontIcon();
    private final StackPane badge = new StackPane(icon);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Circle port = new Circle(5);
    private Model model;

    CardNode(ActionRef ref) {
        this.ref = ref;
        getStyleClass().add("card");
        badge.getStyleClass().add("card-badge");
        icon.getStyleClass().add("card-icon");
        title.getStyleClass().add("card-title");
        subtitle.getStyleClass().add("card-subtitle");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        subtitle.setTextOverrun(OverrunStyle.ELLIPSIS);
        port.getStyleClass().add("port");
        setManaged(false);
        getChildren().addAll(badge, title, subtitle, port);
    }

    ActionRef ref() {
        return ref;
    }

    Model model() {
        return model;
    }

    /** Shows {@code next}; returns false, touching nothing, when it equals what is shown. */
    boolean update(Model next) {
        if (next.equals(model)) {
            return false;
        }
        Model previous = model;
        model = next;
        if (previous == null || previous.action() != next.action()) {
            icon.setIconCode(CategoryIcons.of(next.action().category()));
            title.setText(next.action().name());
        }
        subtitle.setText(next.subtitle());
        CanvasStates.problem(this, next.problem());
        Tooltip.install(this, null);
        next.problem().ifPresent(p -> Tooltip.install(this, new Tooltip(p.message())));
        Box b = next.box();
        resizeRelocate(b.x(), b.y(), b.width(), b.height());
        return true;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double badgeSize = 28;
        badge.resizeRelocate(12, (h - badgeSize) / 2, badgeSize, badgeSize);
        double textX = 48;
        double textWidth = w - textX - 12;
        title.resizeRelocate(textX, h / 2 - 20, textWidth, 20);
        subtitle.resizeRelocate(textX, h / 2 + 1, textWidth, 17);
        port.setCenterX(w);
        port.setCenterY(h / 2);
    }
}
