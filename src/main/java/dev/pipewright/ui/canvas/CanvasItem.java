package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;

/** Something on the canvas a person can select: a stage, an action's card, or a connection. */
public sealed interface CanvasItem {

    record StageItem(String stage) implements CanvasItem {
    }

    record CardItem(ActionRef ref) implements CanvasItem {
    }

    /** The flow of {@code artifact} from {@code producer} into {@code consumer}. */
    record ConnectionItem(String artifact, ActionRef producer, ActionRef consumer) implements CanvasItem {
    }
}
