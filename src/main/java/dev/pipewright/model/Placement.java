package dev.pipewright.model;

/**
 * Where something dropped on the canvas lands. The canvas works out a placement from the pointer;
 * edits put the action or stage there, renumbering runOrders as needed.
 */
public sealed interface Placement {

    /** A new stage at {@code index} (0 = before the first; the stage count = after the last). */
    record NewStage(int index) implements Placement {
    }

    /**
     * A new runOrder group in the stage, at {@code position} among its groups (0 = before the
     * first group; the group count = after the last). Later groups move up by one.
     */
    record NewGroup(String stage, int position) implements Placement {
    }

    /** In the existing group {@code runOrder} of the stage: in parallel with its actions. */
    record InGroup(String stage, int runOrder) implements Placement {
    }
}
