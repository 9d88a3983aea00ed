package dev.pipewright.model;

/**
 * An action together with where it sits, so rules can ask which actions run before which and
 * name them in messages.
 */
record ActionAt(int stageIndex, int actionIndex, Stage stage, Action action) {

    /**
     * Whether this action finishes before {@code other} starts: an earlier stage, or the same
     * stage with a lower runOrder. That is when its artifacts and variables are visible to it.
     */
    boolean runsBefore(ActionAt other) {
        return stageIndex < other.stageIndex
                || stageIndex == other.stageIndex && action.runOrder() < other.action.runOrder();
    }

    boolean isSameAs(ActionAt other) {
        return stageIndex == other.stageIndex && actionIndex == other.actionIndex;
    }

    Location location() {
        return Location.action(stageIndex, actionIndex);
    }

    /** {@code action 'Compile' in stage 'Build'}. */
    String describe() {
        return "action '" + action.name() + "' in stage '" + stage.name() + "'";
    }

    /**
     * Why {@code this} (a producer) is not visible to {@code consumer}, in words; only meaningful
     * when {@code !runsBefore(consumer)}.
     */
    String whyNotBefore(ActionAt consumer) {
        if (isSameAs(consumer)) {
            return "that is the action itself";
        }
        if (stageIndex == consumer.stageIndex && action.runOrder() == consumer.action.runOrder()) {
            return "which runs at the same time (both have runOrder " + action.runOrder() + ")";
        }
        if (stageIndex == consumer.stageIndex) {
            return "which runs later in the same stage (runOrder " + action.runOrder() + " after "
                    + consumer.action.runOrder() + ")";
        }
        return "which runs later, in a later stage";
    }

    /** What to do so that {@code this} runs before {@code consumer}. */
    String howToRunBefore(ActionAt consumer) {
        if (isSameAs(consumer)) {
            return "take it from an action that runs earlier";
        }
        if (stageIndex == consumer.stageIndex) {
            return "give '" + consumer.action.name() + "' a runOrder higher than "
                    + action.runOrder() + ", or move '" + action.name() + "' to an earlier stage";
        }
        return "move '" + action.name() + "' to a stage before '" + consumer.stage.name() + "'";
    }
}
