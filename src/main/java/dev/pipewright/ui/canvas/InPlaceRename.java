package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.PipelineLayout;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field over a card's name or a stage's header. Enter (or leaving the field) reports the
 * new name when it is a real change; Escape leaves the name as it was.
 */
final class InPlaceRename {

    private final PipelineCanvas canvas;
    private TextField field;

    InPlaceRename(PipelineCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isEditing() {
        return field != null;
    }

    void start(CanvasItem item) {
        finish(false);
        PipelineLayout layout = canvas.currentLayout();
        String current;
        Box at;
        if (item instanceof CanvasItem.CardItem card) {
            var box = layout.card(card.ref()).orElseThrow().box();
            current = card.ref().action();
            at = new Box(box.x() + 44, box.y() + 8, box.width() - 52, 28);
        } else if (item instanceof CanvasItem.StageItem stage) {
            var header = layout.stage(stage.stage()).orElseThrow().header();
            current = stage.stage();
            at = new Box(header.x() + 6, header.y() + 5, header.width() - 12, header.height() - 10);
        } else {
            return;
        }
        var editor = new TextField(current);
        editor.getStyleClass().add("rename-field");
        editor.setManaged(false);
        editor.resizeRelocate(at.x(), at.y(), at.width(), at.height());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finish(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finish(false);
                e.consume();
            }
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && field == editor) {
                finish(true);
            }
        });
        editor.setUserData(new Object[] {item, current});
        field = editor;
        canvas.overlay().getChildren().add(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    /** Closes the field, reporting the name when {@code commit} and it changed. */
    void finish(boolean commit) {
        if (field == null) {
            return;
        }
        TextField editor = field;
        field = null;
        var data = (Object[]) editor.getUserData();
        String next = editor.getText().trim();
        canvas.overlay().getChildren().remove(editor);
        canvas.requestFocus();
        if (commit && !next.isEmpty() && !next.equals(data[1])) {
            canvas.listener().onRename((CanvasItem) data[0], next);
        }
    }
}
