package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.learn.Concepts;
import dev.pipewright.learn.WaitReason;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.state.WindowState;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector's line for the selected card during a run: why it waits or did not run, and what
 * the concept behind it means; and a card marked to fail in a simulation says so.
 */
public final class WhyNote extends VBox {

    private final Label question = new Label(null, new FontIcon("mdi2h-help-circle-outline"));
    private final Label answer = new Label();
    private final Label concept = new Label();
    private final Label failing = new Label("Fails in simulation: a simulated run fails this action on purpose. "
            + "The mark is the window's, not saved in the pipeline; clear it from the card's menu, then Retry.",
            new FontIcon("mdi2f-flask-outline"));

    public WhyNote(WindowState state) {
        super(4);
        setId("inspector-why");
        getStyleClass().add("why-note");
        setPadding(new Insets(12, 12, 0, 12));
        question.getStyleClass().add("why-question");
        answer.setId("inspector-why-answer");
        answer.setWrapText(true);
        concept.setWrapText(true);
        concept.getStyleClass().addAll("text-small", "text-muted");
        failing.setId("inspector-fails-in-simulation");
        failing.setWrapText(true);
        failing.getStyleClass().add("why-failing");
        Runnable show = () -> show(selected(state), state);
        state.selectionProperty().addListener((o, was, now) -> show.run());
        state.waitReasonsProperty().addListener((o, was, now) -> show.run());
        state.failInSimulationProperty().addListener((o, was, now) -> show.run());
        show.run();
    }

    private void show(Optional<ActionRef> card, WindowState state) {
        Optional<WaitReason> reason = card.map(c -> state.waitReasonsProperty().get().get(c));
        boolean marked = card.map(c -> state.failInSimulationProperty().get().contains(c)).orElse(false);
        getChildren().clear();
        reason.ifPresent(r -> {
            question.setText(CardNotes.question(r));
            answer.setText(r.sentence());
            concept.setText(Concepts.find(r.concept()).map(c -> c.title() + ": " + c.plain()).orElse(""));
            getChildren().addAll(question, answer, concept);
        });
        if (marked) {
            getChildren().add(failing);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }

    private static Optional<ActionRef> selected(WindowState state) {
        var selection = state.selectionProperty().get();
        return selection.size() == 1 && selection.get(0) instanceof CanvasItem.CardItem card ? Optional.of(card.ref())
                : Optional.empty();
    }
}
