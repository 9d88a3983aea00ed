package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
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

/**
 * An action's card: category icon, name, category and provider, and an output port on the right
 * edge; during a run also a status icon in the top right corner, the time, and a detail line.
 */
final class CardNode extends Region {

    /**
     * Everything a card shows; a card is only touched when this changes.
     *
     * @param runsLocally false for a provider that runs only on AWS: the card says so, since a local
     *                    run skips or simulates it
     */
    record Model(Action action, String subtitle, Box box, Optional<CanvasProblem> problem, boolean runsLocally) {
    }

    static final String NON_LOCAL_NOTE = "runs only on AWS";
    private static final String NON_LOCAL_TOOLTIP = "This action runs only on AWS. Pipewright draws, checks and "
            + "exports it, but cannot run it on this machine: when you start a run you choose to skip it or to "
            + "simulate its success.";

    private final ActionRef ref;
    private final FontIcon icon = new FontIcon();
    private final StackPane badge = new StackPane(icon);
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Circle port = new Circle(5);
    private final StatusMark status = new StatusMark(this);
    private final Label detail = new Label();
    /** "runs only on AWS", with a cloud-off icon, where the run detail would go (a non-local action has none). */
    private final Label nonLocal = new Label(NON_LOCAL_NOTE, new FontIcon("mdi2c-cloud-off-outline"));
    private Model model;
    private CardNote note = CardNote.NONE;
    /** "?" in the bottom-left corner of a card that waits or did not run; its tooltip says why. */
    private final Label why = new Label("?");
    private final Tooltip whyTip = dev.pipewright.ui.learn.ConceptTips.tooltip("");
    /** A red flask in the bottom-left corner of a card marked to fail in simulation. */
    private final Label failMark = new Label(null, new FontIcon("mdi2f-flask-outline"));

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
        detail.getStyleClass().add("card-detail");
        detail.setTextOverrun(OverrunStyle.ELLIPSIS);
        detail.setVisible(false);
        nonLocal.getStyleClass().add("card-non-local");
        nonLocal.setTextOverrun(OverrunStyle.ELLIPSIS);
        nonLocal.setVisible(false);
        setManaged(false);
        Tooltip.install(port, portTip());
        why.getStyleClass().add("why-marker");
        why.setVisible(false);
        why.setTooltip(whyTip);
        failMark.getStyleClass().add("fail-mark");
        failMark.setVisible(false);
        failMark.setTooltip(dev.pipewright.ui.learn.ConceptTips.tooltip("Fails in simulation: a simulated run fails "
                + "this action on purpose, to show what a failure does to the stages after it. The mark is not "
                + "saved in the pipeline; clear it from the card's menu, then Retry."));
        getChildren().addAll(badge, title, subtitle, detail, nonLocal, status.icon, status.time, port, why, failMark);
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
        pseudoClassStateChanged(CanvasStates.NON_LOCAL, !next.runsLocally());
        showNonLocalNote();
        installTooltip();
        Box b = next.box();
        resizeRelocate(b.x(), b.y(), b.width(), b.height());
        return true;
    }

    CardNote note() {
        return note;
    }

    /** The "why" text shown, or empty (for tests). */
    Optional<String> whyText() {
        return why.isVisible() ? Optional.of(whyTip.getText()) : Optional.empty();
    }

    /** Shows {@code next}; returns false, touching nothing, when unchanged. */
    boolean showNote(CardNote next) {
        if (next.equals(note)) {
            return false;
        }
        note = next;
        pseudoClassStateChanged(CanvasStates.FAILS_IN_SIMULATION, next.failsInSimulation());
        failMark.setVisible(next.failsInSimulation());
        why.setVisible(next.why().isPresent());
        next.why().ifPresent(w -> whyTip.setText(dev.pipewright.ui.learn.ConceptTips.text(w.question() + "\n"
                + w.answer(), w.concept())));
        installTooltip();
        requestLayout();
        return true;
    }

    StatusMark status() {
        return status;
    }

    Label detail() {
        return detail;
    }

    /** Shows the run status {@code next} (empty: none); returns false, touching nothing, when unchanged. */
    boolean showRun(Optional<RunBadge> next, RunTicker ticker) {
        if (!status.show(next, ticker)) {
            return false;
        }
        String text = next.flatMap(RunBadge::detail).orElse("");
        detail.setText(text);
        detail.setVisible(!text.isEmpty());
        showNonLocalNote();
        installTooltip();
        requestLayout();
        return true;
    }

    /** The note shares the detail line: a run's detail (rare for such actions) takes precedence. */
    private void showNonLocalNote() {
        nonLocal.setVisible(model != null && !model.runsLocally() && !detail.isVisible());
    }

    /** What the card is, in the concepts' words, after what it says now (a problem, its run). */
    private void installTooltip() {
        Tooltip.install(this, null);
        if (model == null) {
            return;
        }
        String now = note.why().map(w -> w.question() + "\n" + w.answer()).map(w -> tooltip().map(t -> w + "\n\n" + t)
                .orElse(w)).orElseGet(() -> tooltip().orElse(""));
        // most cards say only what an action is: one tooltip shared by them all, not one per card
        Tooltip.install(this, now.isEmpty() ? aboutActions()
                : dev.pipewright.ui.learn.ConceptTips.tooltip(now + "\n\n" + ABOUT_ACTIONS));
    }

    private static final String ABOUT_ACTIONS = dev.pipewright.ui.learn.ConceptTips.explain("action");
    private static Tooltip sharedAbout;

    private static Tooltip sharedPort;

    /** What a port is: the same for every card, so one tooltip for them all. */
    private static Tooltip portTip() {
        if (sharedPort == null) {
            sharedPort = dev.pipewright.ui.learn.ConceptTips.tooltip(dev.pipewright.ui.learn.ConceptTips.text(
                    "This action's output port: drag from it onto an action that runs later to hand it this "
                            + "action's output artifact.", "artifact"));
        }
        return sharedPort;
    }

    private static Tooltip aboutActions() {
        if (sharedAbout == null) {
            sharedAbout = dev.pipewright.ui.learn.ConceptTips.tooltip(ABOUT_ACTIONS);
        }
        return sharedAbout;
    }

    /** What the card says now that it cannot show whole: its problem, its run detail, why it cannot run here. */
    Optional<String> tooltip() {
        if (model != null && model.problem().isPresent()) {
            return Optional.of(model.problem().get().message());
        }
        // the detail may be cut on the card; the tooltip has it whole
        Optional<String> runDetail = status.badge().flatMap(RunBadge::tooltip);
        if (model != null && !model.runsLocally()) {
            return Optional.of(runDetail.map(d -> d + "\n\n").orElse("") + NON_LOCAL_TOOLTIP);
        }
        return runDetail;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double badgeSize = 28;
        badge.resizeRelocate(12, (h - badgeSize) / 2, badgeSize, badgeSize);
        double textX = 48;
        double textWidth = w - textX - 12;
        boolean thirdLine = detail.isVisible() || nonLocal.isVisible();
        double top = thirdLine ? h / 2 - 28 : h / 2 - 20;
        double iconSpace = status.isShown() ? StatusMark.ICON_SIZE + 4 : 0;
        title.resizeRelocate(textX, top, textWidth - iconSpace, 20);
        double timeWidth = status.timeWidth();
        subtitle.resizeRelocate(textX, top + 21, textWidth - (timeWidth > 0 ? timeWidth + 6 : 0), 17);
        detail.resizeRelocate(textX, top + 38, textWidth, 17);
        nonLocal.resizeRelocate(textX, top + 38, textWidth, 17);
        status.icon.resizeRelocate(w - 8 - StatusMark.ICON_SIZE, top + 1, StatusMark.ICON_SIZE, StatusMark.ICON_SIZE);
        status.time.resizeRelocate(w - 10 - timeWidth, top + 21, timeWidth, 17);
        // the bottom-left corner, under the category badge: clear of the group's legend above and the time right
        why.resizeRelocate(4, h - 20, 16, 16);
        failMark.resizeRelocate(why.isVisible() ? 22 : 3, h - 21, 18, 18);
        port.setCenterX(w);
        port.setCenterY(h / 2);
    }
}
