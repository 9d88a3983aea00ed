package dev.pipewright.learn;

import java.util.Objects;

/**
 * Why an action is waiting, or why it did not run, in plain words.
 *
 * @param kind     which of the reasons it is
 * @param sentence the reason, naming the group, stage, gate or execution it waits for
 * @param concept  the id of the {@link Concepts concept} that explains it further
 */
public record WaitReason(Kind kind, String sentence, String concept) {

    public WaitReason {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(concept);
    }

    /** The reasons an action waits or does not run. */
    public enum Kind {
        /** a stage before this one has not finished yet */
        EARLIER_STAGE,
        /** the actions of a lower runOrder in its stage have not all finished */
        GROUP_BEFORE,
        /** as many actions as may work at once are working */
        FREE_SLOT,
        /** the transition into its stage is disabled */
        DISABLED_TRANSITION,
        /** another execution holds its stage (one execution per stage in SUPERSEDED and QUEUED mode) */
        QUEUED,
        /** it is an approval gate waiting for a person */
        APPROVAL,
        /** step-through holds it before its start */
        STEP_PAUSED,
        /** it did not run: an earlier stage or action failed */
        EARLIER_FAILURE,
        /** it did not run: a newer execution overtook this one */
        SUPERSEDED,
        /** it did not run: the execution was stopped */
        STOPPED,
        /** it did not run here: its provider runs only on its CI service */
        NOT_LOCAL
    }
}
