package dev.pipewright.ui.canvas;

import java.util.Optional;

/**
 * A context menu was asked for, with the right button or from the keyboard (Shift+F10, the Menu
 * key). {@code target} is what it is for, already selected: a card, a stage (its header, its body,
 * or the arrow into it), a connection; empty for the bare canvas.
 *
 * @param screenX where to show the menu, in screen coordinates
 */
public record MenuRequest(Optional<CanvasItem> target, double screenX, double screenY) {
}
