package dev.pipewright.ui.canvas;

import dev.pipewright.model.Placement;
import dev.pipewright.layout.PipelineLayout;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A drag from the palette: while over the canvas the marker shows where it would land; the drop
 * reports the dragboard's payload and the placement. A new stage can only land between stages.
 */
final class ExternalDrop {

    private final PipelineCanvas canvas;

    ExternalDrop(PipelineCanvas canvas) {
        this.canvas = canvas;
        Node world = canvas.viewport().world;
        world.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasContent(ProviderDrag.FORMAT)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                String payload = (String) e.getDragboard().getContent(ProviderDrag.FORMAT);
                canvas.marker().show(canvas.currentLayout().marker(placement(payload, e.getX(), e.getY())));
                e.consume();
            }
        });
        world.addEventHandler(DragEvent.DRAG_EXITED, e -> canvas.marker().hide());
        world.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasContent(ProviderDrag.FORMAT)) {
                return;
            }
            String payload = (String) e.getDragboard().getContent(ProviderDrag.FORMAT);
            canvas.marker().hide();
            canvas.listener().onDropProvider(payload, placement(payload, e.getX(), e.getY()));
            e.setDropCompleted(true);
            e.consume();
        });
    }

    private Placement placement(String payload, double x, double y) {
        PipelineLayout layout = canvas.currentLayout();
        if (ProviderDrag.STAGE.equals(payload)) {
            return new Placement.NewStage(layout.stageIndexAt(null, x));
        }
        return layout.placementAt(x, y);
    }
}
