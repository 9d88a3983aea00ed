package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A runOrder group of a stage made visible: actions that run at the same time sit in a dashed
 * bracket labelled with their order number and "run together"; a group of one action, in a stage
 * of several groups, shows just its number. Drawn under the cards, never in the way of the pointer.
 */
final class GroupNode extends Region {

    /** Room between the bracket and the cards; the top edge runs through the gap under the stage header. */
    static final double SIDE = 6;
    static final double TOP = 8;

    /**
     * @param together how many actions run in the group
     * @param numbered whether to show the order number (the stage has more than one group)
     */
    record Model(Box cards, int runOrder, int together, boolean numbered) {
    }

    record Key(String stage, int runOrder) {
    }

    private final Label legend = new Label();
    private Model model;

    GroupNode() {
        getStyleClass().add("run-group");
        legend.getStyleClass().add("run-group-legend");
        setManaged(false);
        // only the legend takes the pointer (for its explanation); the bracket's area stays the cards'
        setPickOnBounds(false);
        getChildren().add(legend);
    }

    Model model() {
        return model;
    }

    String legendText() {
        return legend.getText();
    }

    boolean update(Model next) {
        if (next.equals(model)) {
            return false;
        }
        model = next;
        boolean bracket = next.together() > 1;
        pseudoClassStateChanged(CanvasStates.TOGETHER, bracket);
        legend.setText(bracket ? next.runOrder() + " · " + next.together() + " run together"
                : Integer.toString(next.runOrder()));
        legend.setVisible(bracket || next.numbered());
        dev.pipewright.ui.learn.ConceptTips.install(legend, bracket
                ? "These " + next.together() + " actions have runOrder " + next.runOrder() + ": they run at the same time."
                : "runOrder " + next.runOrder() + ": this action runs after the groups with a lower number.",
                "runOrder", "parallel");
        Box b = next.cards();
        resizeRelocate(b.x() - SIDE, b.y() - TOP, b.width() + 2 * SIDE, b.height() + TOP + SIDE);
        requestLayout();
        return true;
    }

    @Override
    protected void layoutChildren() {
        legend.applyCss();
        double w = Math.min(legend.prefWidth(-1), getWidth() - 20);
        double h = legend.prefHeight(-1);
        legend.resizeRelocate(10, Math.round(-h / 2), w, h);
    }
}
