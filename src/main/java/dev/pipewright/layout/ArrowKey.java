package dev.pipewright.layout;

import dev.pipewright.model.ActionRef;

/** What an arrow stands for; also the arrow's identity from one layout to the next. */
public sealed interface ArrowKey {

    /** Stage {@code from} runs before stage {@code to}. */
    record StageOrder(String from, String to) implements ArrowKey {
    }

    /** Within a stage, the group {@code fromRunOrder} runs before {@code toRunOrder}. */
    record GroupOrder(String stage, int fromRunOrder, int toRunOrder) implements ArrowKey {
    }

    /** {@code consumer} takes the artifact {@code artifact} that {@code producer} outputs. */
    record ArtifactFlow(String artifact, ActionRef producer, ActionRef consumer) implements ArrowKey {
    }
}
