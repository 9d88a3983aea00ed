package dev.pipewright.ui.canvas;

import dev.pipewright.model.Placement;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.Point;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/** Drags a stage by its header: the column follows the pointer; the release reports the new index. */
final class StageMoveGesture implements Gesture {

    private static final double THRESHOLD = 4;

    private final GestureSurface canvas;
    private final Point start;
    private final String stage;
    private final List<Node> moving = new ArrayList<>();
    private boolean started;

    StageMoveGesture(GestureSurface canvas, Point start, String stage) {
        this.canvas = canvas;
        this.start = start;
        this.stage = stage;
    }

    @Override
    public void drag(Point world, MouseEvent e) {
        if (!started && Math.abs(world.x() - start.x()) < THRESHOLD) {
            return;
        }
        if (!started) {
            started = true;
            canvas.sync().stage(stage).ifPresent(moving::add);
            for (CardBox c : canvas.currentLayout().cards()) {
                if (c.ref().stage().equals(stage)) {
                    canvas.sync().card(c.ref()).ifPresent(moving::add);
                }
            }
        }
        for (Node n : moving) {
            n.setTranslateX(world.x() - start.x());
            n.setOpacity(0.6);
        }
        int index = canvas.currentLayout().stageIndexAt(stage, world.x());
        int insertion = index >= canvas.currentLayout().pipeline().stageIndex(stage) ? index + 1 : index;
        canvas.marker().show(canvas.currentLayout().marker(new Placement.NewStage(insertion)));
    }

    @Override
    public void release(Point world, MouseEvent e) {
        if (!started) {
            return;
        }
        int index = canvas.currentLayout().stageIndexAt(stage, world.x());
        cancel();
        if (index != canvas.currentLayout().pipeline().stageIndex(stage)) {
            canvas.listener().onMoveStage(stage, index);
        }
    }

    @Override
    public void cancel() {
        for (Node n : moving) {
            n.setTranslateX(0);
            n.setOpacity(1);
        }
        canvas.marker().hide();
    }
}
