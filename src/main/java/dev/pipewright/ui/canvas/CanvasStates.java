package dev.pipewright.ui.canvas;

import dev.pipewright.model.Severity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
    /** On an arrow the run has gone along. */
    static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    /** On a stage-order arrow whose transition is disabled. */
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** On a card whose provider runs only on its CI service (AWS): drawn dashed, with a note. */
    static final PseudoClass NON_LOCAL = PseudoClass.getPseudoClass("non-local");
    /** On a runOrder group of more than one action: its bracket is drawn. */
    static final PseudoClass TOGETHER = PseudoClass.getPseudoClass("together");
    /** On a card the person marked "Fail in simulation". */
    static final PseudoClass FAILS_IN_SIMULATION = PseudoClass.getPseudoClass("fails-in-simulation");
    /** On the canvas while it shows a run rather than the design. */
    static final PseudoClass RUN_VIEW = PseudoClass.getPseudoClass("run-view");

    private static final Map<RunStatus, PseudoClass> RUN = new EnumMap<>(RunStatus.class);

    static {
        for (RunStatus s : RunStatus.values()) {
            RUN.put(s, PseudoClass.getPseudoClass(s.name().toLowerCase(Locale.ROOT)));
        }
    }

    private CanvasStates() {
    }

    static void problem(Node node, Optional<CanvasProblem> problem) {
        node.pseudoClassStateChanged(ERROR, problem.filter(p -> p.severity() == Severity.ERROR).isPresent());
        node.pseudoClassStateChanged(WARNING, problem.filter(p -> p.severity() == Severity.WARNING).isPresent());
    }

    /** The pseudo-class of a run status: {@code :pending}, {@code :running}... {@code :superseded}. */
    static PseudoClass of(RunStatus status) {
        return RUN.get(status);
    }

    /** Sets the pseudo-class of {@code status} on {@code node} and clears the other run statuses. */
    static void run(Node node, Optional<RunStatus> status) {
        for (var entry : RUN.entrySet()) {
            node.pseudoClassStateChanged(entry.getValue(), status.filter(entry.getKey()::equals).isPresent());
        }
    }
}
