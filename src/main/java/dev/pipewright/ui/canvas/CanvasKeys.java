package dev.pipewright.ui.canvas;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys on the focused canvas: Delete/Backspace, arrows, select all, Escape, and space for the
 * hand tool. Zoom keys belong to the window's command list, which calls the canvas's zoom API.
 */
final class CanvasKeys {

    private final PipelineCanvas canvas;

    CanvasKeys(PipelineCanvas canvas, PointerGestures pointer) {
        this.canvas = canvas;
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (pressed(e)) {
                e.consume();
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                pointer.setSpaceHeld(true);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                pointer.cancel();
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                pointer.setSpaceHeld(false);
            }
        });
    }

    private boolean pressed(KeyEvent e) {
        if (canvas.isRenaming()) {
            return false;
        }
        List<CanvasItem> selected = List.copyOf(canvas.selection().items());
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                // one intent, as the Delete command: the whole selection, one undo step
                if (!selected.isEmpty()) {
                    canvas.listener().onDelete(selected);
                }
                return !selected.isEmpty();
            }
            case LEFT, RIGHT, UP, DOWN -> {
                List<CanvasItem> parts = selected.stream().filter(i -> !(i instanceof CanvasItem.ConnectionItem)).toList();
                if (parts.isEmpty()) {
                    return false;
                }
                canvas.listener().onNudge(parts, Nudge.valueOf(e.getCode().name()));
                return true;
            }
            case A -> {
                if (e.isShortcutDown()) {
                    canvas.selectAll();
                    return true;
                }
                return false;
            }
            case ESCAPE -> {
                canvas.selection().clear();
                return true;
            }
            case F2 -> {
                if (selected.size() == 1) {
                    canvas.rename(selected.get(0));
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }
}
