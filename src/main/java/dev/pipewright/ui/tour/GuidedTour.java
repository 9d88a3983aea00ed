package dev.pipewright.ui.tour;

import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.state.WindowState;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Stage;

/**
 * The guided tour over the real window: a callout beside the control a step is about (that control
 * glows), with Back, Next and Skip. A step moves on when the person does what it asks or presses
 * Next; where they are is remembered, so a tour left half-way resumes there.
 */
public final class GuidedTour {

    /** The pseudo-class that makes the control a step points at glow. */
    public static final PseudoClass TARGET = PseudoClass.getPseudoClass("tour-target");

    private final Stage window;
    private final WindowState state;
    private final TourProgress progress;
    private final Runnable needsPipeline;
    private final List<TourStep> steps;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final Popup popup = new Popup();
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button skip = new Button("Skip tour");
    private final InvalidationListener watch = o -> checkDone();
    private Pipeline atStepStart;
    private Node target;

    /**
     * @param needsPipeline opens a new pipeline when none is open: the steps after the first need a canvas
     */
    public GuidedTour(Stage window, WindowState state, TourProgress progress, Runnable needsPipeline) {
        this.window = window;
        this.state = state;
        this.progress = progress;
        this.needsPipeline = needsPipeline;
        this.steps = TourSteps.of(state, what -> atStepStart == null ? 0 : what.applyAsInt(atStepStart));
        counter.getStyleClass().add("tour-counter");
        title.getStyleClass().add("tour-title");
        text.getStyleClass().add("tour-text");
        text.setWrapText(true);
        text.setMaxWidth(320);
        back.setId("tour-back");
        next.setId("tour-next");
        skip.setId("tour-skip");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        back.setOnAction(e -> go(step.get() - 1));
        next.setOnAction(e -> go(step.get() + 1));
        skip.setOnAction(e -> end());
        var spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        var buttons = new HBox(6, skip, spring, back, next);
        var box = new VBox(6, counter, title, text, buttons);
        box.setId("tour");
        box.getStyleClass().add("tour");
        box.setPadding(new Insets(12));
        box.setPrefWidth(344);
        popup.getContent().add(box);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        window.getScene().getStylesheets().stream().forEach(s -> box.getStylesheets().add(s));
        window.xProperty().addListener(o -> place());
        window.yProperty().addListener(o -> place());
    }

    public List<TourStep> steps() {
        return steps;
    }

    /** The step on screen (0-based), or -1 when the tour is not showing. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return step.get() >= 0;
    }

    /** Starts the tour where the person left it (or from the first step once it was finished). */
    public void start() {
        int resume = progress.finished() ? 0 : Math.max(0, Math.min(progress.step(), steps.size() - 1));
        progress.rememberFinished(false);
        state.pipelineProperty().addListener(watch);
        state.executionProperty().addListener(watch);
        go(resume);
    }

    /** Skips or finishes the tour: it is remembered as done and does not open on start again. */
    public void end() {
        state.pipelineProperty().removeListener(watch);
        state.executionProperty().removeListener(watch);
        mark(null);
        popup.hide();
        step.set(-1);
        progress.rememberFinished(true);
        progress.rememberStep(0);
    }

    private void go(int index) {
        if (index >= steps.size()) {
            end();
            return;
        }
        int i = Math.max(0, index);
        TourStep s = steps.get(i);
        // the first step only shows the palette: the welcome view (and its samples) stays until a step needs a canvas
        if (i > 0 && state.documentProperty().get() == null) {
            needsPipeline.run();
        }
        atStepStart = state.pipelineProperty().get();
        step.set(i);
        progress.rememberStep(i);
        counter.setText("Step " + (i + 1) + " of " + steps.size());
        title.setText(s.title());
        text.setText(s.text());
        back.setDisable(i == 0);
        next.setText(i == steps.size() - 1 ? "Finish" : "Next");
        mark(lookup(s.target()).orElse(null));
        if (!popup.isShowing()) {
            popup.show(window);
        }
        place();
    }

    /** The person did what the step asks: on to the next one (after this event, not inside it). */
    private void checkDone() {
        int at = step.get();
        if (at >= 0 && steps.get(at).done().getAsBoolean()) {
            javafx.application.Platform.runLater(() -> {
                if (step.get() == at) {
                    go(at + 1);
                }
            });
        }
    }

    private Optional<Node> lookup(String selector) {
        return window.getScene().getRoot().lookupAll(selector).stream().filter(Node::isVisible).findFirst();
    }

    private void mark(Node next) {
        if (target != null) {
            target.pseudoClassStateChanged(TARGET, false);
        }
        target = next;
        if (target != null) {
            target.pseudoClassStateChanged(TARGET, true);
        }
    }

    /** Beside the target (right of it when there is room, else left), inside the window. */
    private void place() {
        if (!popup.isShowing()) {
            return;
        }
        var content = popup.getContent().get(0);
        content.applyCss();
        double w = Math.max(content.prefWidth(-1), 300);
        double h = content.prefHeight(w);
        double left = window.getX();
        double top = window.getY();
        double right = left + window.getWidth();
        double bottom = top + window.getHeight();
        double x = left + window.getWidth() / 2 - w / 2;
        double y = top + window.getHeight() / 2 - h / 2;
        Bounds b = target == null || target.getScene() == null ? null : target.localToScreen(target.getBoundsInLocal());
        if (b != null) {
            x = b.getMaxX() + 16 + w <= right ? b.getMaxX() + 16 : Math.max(left, b.getMinX() - 16 - w);
            y = b.getCenterY() - h / 2; // level with the target's middle: over a tall palette, clear of New and Open
        }
        popup.setX(Math.max(left, Math.min(x, right - w)));
        popup.setY(Math.max(top, Math.min(y, bottom - h - 8)));
    }
}
