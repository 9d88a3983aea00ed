package dev.pipewright.ui.canvas;

import dev.pipewright.model.Severity;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The canvas's CSS pseudo-classes, set in one place so that the stylesheet is the only palette. */
final class CanvasStates {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private CanvasStates() {
    }

    static void problem(Node node, Optional<CanvasProblem> problem) {
        node.pseudoClassStateChanged(ERROR, problem.filter(p -> p.severity() == Severity.ERROR).isPresent());
        node.pseudoClassStateChanged(WARNING, problem.filter(p -> p.severity() == Severity.WARNING).isPresent());
    }
}
