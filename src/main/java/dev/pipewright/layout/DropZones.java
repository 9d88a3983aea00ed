package dev.pipewright.layout;

import dev.pipewright.model.Placement;
import java.util.List;

/**
 * Turns a pointer position into a {@link Placement}. Only x decides, so a drop above or below the
 * cards still lands in the column under it. Between stages makes a new stage; within a stage, the
 * middle of a group's column joins that group (runs in parallel), and its edges, the gaps and the
 * stage's padding make a new group at that boundary.
 */
final class DropZones {

    /** The share of a card's width at each edge of a column that means "a new group here". */
    private static final double EDGE_SHARE = 0.2;

    private final PipelineLayout layout;

    DropZones(PipelineLayout layout) {
        this.layout = layout;
    }

    Placement placementAt(double x, double y) {
        List<StageBox> stages = layout.stages();
        for (StageBox stage : stages) {
            if (x < stage.box().x()) {
                return new Placement.NewStage(stage.index());
            }
            if (x <= stage.box().maxX()) {
                return inStage(stage, x);
            }
        }
        return new Placement.NewStage(stages.size());
    }

    private Placement inStage(StageBox stage, double x) {
        List<GroupBox> groups = layout.groupsOf(stage.stage());
        for (GroupBox group : groups) {
            double edge = group.box().width() * EDGE_SHARE;
            if (x < group.box().x() + edge) {
                return new Placement.NewGroup(stage.stage(), group.position());
            }
            if (x <= group.box().maxX() - edge) {
                return new Placement.InGroup(stage.stage(), group.runOrder());
            }
        }
        return new Placement.NewGroup(stage.stage(), groups.size());
    }

    int stageIndexAt(String movedStage, double x) {
        int insertion = 0;
        int current = -1;
        for (StageBox stage : layout.stages()) {
            if (stage.stage().equals(movedStage)) {
                current = stage.index();
            }
            if (stage.box().centerX() < x) {
                insertion = stage.index() + 1;
            }
        }
        // the moved stage leaves its old place first, so places after it shift left by one
        return current >= 0 && insertion > current ? insertion - 1 : insertion;
    }

    Box marker(Placement placement) {
        LayoutMetrics m = layout.metrics();
        double barWidth = 6;
        if (placement instanceof Placement.NewStage newStage) {
            List<StageBox> stages = layout.stages();
            double top = m.margin();
            double height = stages.isEmpty() ? m.headerHeight() + m.cardHeight() + 2 * m.stagePadding()
                    : stages.get(0).box().height();
            double x;
            if (stages.isEmpty()) {
                x = m.margin();
            } else if (newStage.index() == 0) {
                x = stages.get(0).box().x() - m.stageGap() / 2;
            } else {
                x = stages.get(Math.min(newStage.index(), stages.size()) - 1).box().maxX() + m.stageGap() / 2;
            }
            return new Box(x - barWidth / 2, top, barWidth, height);
        }
        if (placement instanceof Placement.NewGroup newGroup) {
            StageBox stage = layout.stage(newGroup.stage()).orElseThrow();
            List<GroupBox> groups = layout.groupsOf(newGroup.stage());
            double x;
            if (groups.isEmpty()) {
                x = stage.box().centerX();
            } else if (newGroup.position() == 0) {
                x = groups.get(0).box().x() - m.stagePadding() / 2;
            } else if (newGroup.position() >= groups.size()) {
                x = groups.get(groups.size() - 1).box().maxX() + m.stagePadding() / 2;
            } else {
                x = (groups.get(newGroup.position() - 1).box().maxX() + groups.get(newGroup.position()).box().x()) / 2;
            }
            double top = stage.header().maxY() + m.stagePadding() / 2;
            return new Box(x - barWidth / 2, top, barWidth, stage.box().maxY() - m.stagePadding() / 2 - top);
        }
        var inGroup = (Placement.InGroup) placement;
        GroupBox group = layout.groupsOf(inGroup.stage()).stream()
                .filter(g -> g.runOrder() == inGroup.runOrder()).findFirst().orElseThrow();
        // a bar under the group's last card: the new card joins the bottom of the column
        return new Box(group.box().x(), group.box().maxY() + m.cardGap() / 2 - barWidth / 2, m.cardWidth(), barWidth);
    }
}
