package dev.pipewright.ui.canvas;

import java.time.Instant;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run status part of a card or a stage header: the status's pseudo-class on the owner, an
 * icon (a spinner turning while running) and the time, elapsed while in progress, taken once done.
 */
final class StatusMark {

    static final double ICON_SIZE = 18;

    final StackPane icon = new StackPane();
    final Label time = new Label();
    private final FontIcon glyph = new FontIcon();
    /**
     * While running: a ring with a gap, turned by the shared ticker. A dashed circle rather than
     * the font's spinner glyph, because a circle's bounds are centred on it, so it turns in place.
     */
    private final Circle spinner = new Circle(6.5);
    private final Node owner;
    private Optional<RunBadge> badge = Optional.empty();

    StatusMark(Node owner) {
        this.owner = owner;
        icon.getStyleClass().add("status-icon");
        glyph.getStyleClass().add("status-glyph");
        time.getStyleClass().add("status-time");
        spinner.getStyleClass().add("status-spinner");
        icon.getChildren().addAll(glyph, spinner);
        icon.setManaged(false);
        time.setManaged(false);
        icon.setVisible(false);
        time.setVisible(false);
    }

    /** Whether the spinner is shown and turning with the ticker. */
    boolean isSpinning() {
        return spinner.isVisible() && icon.rotateProperty().isBound();
    }

    FontIcon glyph() {
        return glyph;
    }

    Optional<RunBadge> badge() {
        return badge;
    }

    boolean isShown() {
        return badge.isPresent();
    }

    /** Shows {@code next}; returns false, touching nothing, when it is what is shown. */
    boolean show(Optional<RunBadge> next, RunTicker ticker) {
        if (next.equals(badge)) {
            return false;
        }
        badge = next;
        CanvasStates.run(owner, next.map(RunBadge::status));
        icon.setVisible(next.isPresent());
        next.ifPresent(b -> glyph.setIconCode(RunStatusIcons.of(b.status())));
        boolean running = next.filter(b -> b.status() == RunStatus.RUNNING).isPresent();
        glyph.setVisible(!running);
        spinner.setVisible(running);
        if (running && !icon.rotateProperty().isBound()) {
            icon.rotateProperty().bind(ticker.angle());
        } else if (!running) {
            icon.rotateProperty().unbind();
            icon.setRotate(0);
        }
        if (next.filter(b -> b.status().inProgress()).isPresent()) {
            ticker.follow(this);
        } else {
            ticker.unfollow(this);
        }
        tick(ticker.now());
        return true;
    }

    void tick(Instant now) {
        String text = badge.flatMap(b -> timeText(b, now)).orElse("");
        time.setText(text);
        time.setVisible(!text.isEmpty());
    }

    boolean isOnCanvas() {
        return owner.getParent() != null;
    }

    /** Elapsed since the start while in progress; how long it took once done. */
    static Optional<String> timeText(RunBadge b, Instant now) {
        if (b.status().inProgress()) {
            return b.startedAt().map(s -> DurationText.of(java.time.Duration.between(s, now)));
        }
        return b.took().map(DurationText::of);
    }

    /** The time's width as laid out, 0 when none is shown. */
    double timeWidth() {
        return time.isVisible() ? Math.ceil(time.prefWidth(-1)) : 0;
    }
}
