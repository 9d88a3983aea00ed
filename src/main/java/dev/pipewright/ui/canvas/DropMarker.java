package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import javafx.scene.layout.Region;

/** The highlighted bar that shows where a drop would land. */
final class DropMarker extends Region {

    DropMarker() {
        getStyleClass().add("drop-marker");
        setManaged(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(Box box) {
        resizeRelocate(box.x(), box.y(), box.width(), box.height());
        setVisible(true);
        toFront();
    }

    void hide() {
        setVisible(false);
    }
}
