package dev.pipewright.ui.learn;

import dev.pipewright.learn.Concept;
import dev.pipewright.learn.Concepts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Tooltips that explain what the pointer is on in the words of the {@link Concepts} catalog, so
 * the palette, the canvas, the inspector and the Learn panel tell the same story.
 */
public final class ConceptTips {

    private ConceptTips() {
    }

    /** "Title: what it is", for each concept found, one paragraph each; empty when none is known. */
    public static String explain(String... conceptIds) {
        var parts = new ArrayList<String>();
        for (String id : conceptIds) {
            Concepts.find(id).map(ConceptTips::paragraph).ifPresent(parts::add);
        }
        return String.join("\n\n", parts);
    }

    /** A concept as a tooltip paragraph: its title, its plain explanation, and the bakery. */
    static String paragraph(Concept c) {
        return c.title() + ": " + c.plain() + (c.analogy().isBlank() ? "" : "\nIn the bakery: " + c.analogy());
    }

    /** {@code lead} (what this thing is, here) followed by the concepts' explanations. */
    public static String text(String lead, String... conceptIds) {
        String concepts = explain(conceptIds);
        if (lead == null || lead.isBlank()) {
            return concepts;
        }
        return concepts.isEmpty() ? lead : lead + "\n\n" + concepts;
    }

    /** A tooltip that wraps, stays up long enough to read, and shows soon. */
    public static Tooltip tooltip(String text) {
        var tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(450));
        tip.setShowDuration(Duration.seconds(30));
        tip.getStyleClass().add("concept-tip");
        return tip;
    }

    /** Installs {@link #text(String, String...)} on {@code node}, replacing its tooltip. */
    public static void install(Node node, String lead, String... conceptIds) {
        String text = text(lead, conceptIds);
        if (!text.isEmpty()) {
            Tooltip.install(node, tooltip(text));
        }
    }

    /**
     * The concept an inspector label stands for, by its words ("Namespace", "Timeout (minutes)",
     * "Runs", "Artifacts", "Execution mode", "Stage 2 of 3"); empty for labels of no concept.
     */
    public static Optional<String> forLabel(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        String id = l.startsWith("namespace") ? "namespace"
                : l.startsWith("timeout") ? "timeout"
                : l.startsWith("runs") || l.startsWith("run order") ? "runOrder"
                : l.contains("artifact") || l.startsWith("gives") || l.startsWith("takes") ? "artifact"
                : l.startsWith("execution mode") ? "executionMode"
                : l.startsWith("variables") || l.startsWith("variable") ? "variable"
                : l.startsWith("trigger") ? "trigger"
                : l.startsWith("stage") ? "stage"
                : l.equals("pipeline") ? "pipeline"
                : l.startsWith("provider") ? "provider"
                : null;
        return Optional.ofNullable(id).flatMap(Concepts::find).map(ConceptTips::paragraph);
    }

    /** Installs the explanation of the concept {@code label}'s words stand for, if any. */
    public static void installOnLabel(javafx.scene.control.Label label) {
        forLabel(label.getText()).ifPresent(t -> label.setTooltip(tooltip(t)));
    }

    /** Every concept id, for the tests that check each has words. */
    static List<String> ids() {
        return Concepts.all().stream().map(Concept::id).toList();
    }
}
