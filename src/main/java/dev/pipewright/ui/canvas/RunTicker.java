package dev.pipewright.ui.canvas;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The one timeline behind every running card: it turns an angle once a second, which running
 * spinners are bound to, and at each turn tells the followed marks the time, so that their elapsed
 * times move on. It runs only while something is in progress.
 */
final class RunTicker {

    private final DoubleProperty angle = new SimpleDoubleProperty();
    private final Set<StatusMark> followed = new LinkedHashSet<>();
    private final Timeline timeline;
    private Clock clock = Clock.systemUTC();

    RunTicker() {
        timeline = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(angle, 0)),
                new KeyFrame(Duration.seconds(1), e -> tick(), new KeyValue(angle, 360, Interpolator.LINEAR)));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    ReadOnlyDoubleProperty angle() {
        return angle;
    }

    Instant now() {
        return clock.instant();
    }

    void setClock(Clock next) {
        clock = next;
    }

    void follow(StatusMark mark) {
        followed.add(mark);
        if (timeline.getStatus() != Animation.Status.RUNNING) {
            timeline.play();
        }
    }

    void unfollow(StatusMark mark) {
        followed.remove(mark);
        if (followed.isEmpty()) {
            timeline.stop();
            angle.set(0);
        }
    }

    boolean isTicking() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }

    /** Moves every followed mark's time on; marks whose node has left the canvas are dropped. */
    void tick() {
        Instant now = now();
        for (StatusMark mark : List.copyOf(followed)) {
            if (mark.isOnCanvas()) {
                mark.tick(now);
            } else {
                unfollow(mark);
            }
        }
    }
}
