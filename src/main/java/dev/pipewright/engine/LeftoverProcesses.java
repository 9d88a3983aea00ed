package dev.pipewright.engine;

import dev.pipewright.actions.process.Survivors;

/**
 * Ends what the actions of an interrupted execution left running, before anything reruns: the
 * watchdog of each action normally ends it when Pipewright dies, this is the net for what it
 * missed (a watchdog killed with it, a system without one).
 */
final class LeftoverProcesses {

    /** Every process of an action has it in its environment: part of the proof that it is ours. */
    static final String EXECUTION_ID_VARIABLE = "PIPEWRIGHT_EXECUTION_ID";

    private LeftoverProcesses() {
    }

    /** Ends the proven processes of every action the record shows still running. */
    static void end(ExecutionRecord record) {
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                if (action.status().isActive() && action.process() != null) {
                    Survivors.end(action.process().id(), action.process().started(),
                            EXECUTION_ID_VARIABLE + "=" + record.executionId());
                }
            }
        }
    }
}
