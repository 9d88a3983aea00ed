package dev.pipewright.layout;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places stages, groups and cards in columns, then asks {@link ArtifactRoutes} for the flows. */
final class ColumnLayout {

    private final Pipeline pipeline;
    private final LayoutMetrics m;
    private final List<StageBox> stages = new ArrayList<>();
    private final List<GroupBox> groups = new ArrayList<>();
    private final List<CardBox> cards = new ArrayList<>();
    /** Left and right edge of every column (a group, or an empty stage's drop area). */
    private final List<double[]> columns = new ArrayList<>();

    ColumnLayout(Pipeline pipeline, LayoutMetrics metrics) {
        this.pipeline = pipeline;
        this.m = metrics;
    }

    PipelineLayout build() {
        int tallest = 1;
        for (Stage stage : pipeline.stages()) {
            for (int runOrder : stage.runOrders()) {
                tallest = Math.max(tallest, (int) stage.actions().stream().filter(a -> a.runOrder() == runOrder).count());
            }
        }
        double cardsTop = m.margin() + m.headerHeight() + m.stagePadding();
        double stageHeight = m.headerHeight() + 2 * m.stagePadding() + stackHeight(tallest);
        double x = m.margin();
        for (int i = 0; i < pipeline.stages().size(); i++) {
            x = placeStage(i, pipeline.stages().get(i), x, cardsTop, stageHeight) + m.stageGap();
        }
        double stagesRight = pipeline.stages().isEmpty() ? m.margin() : x - m.stageGap();
        double stagesBottom = m.margin() + stageHeight;

        var routes = new ArtifactRoutes(pipeline, m, cards, columns, stagesBottom + m.stagePadding());
        List<Arrow> arrows = new ArrayList<>(orderArrows(cardsTop));
        arrows.addAll(routes.arrows());
        double width = Math.max(stagesRight + m.margin(), 2 * m.margin() + m.cardWidth());
        double height = Math.max(stagesBottom, routes.bottom()) + m.margin();
        return new PipelineLayout(pipeline, m, width, height, stages, groups, cards, arrows);
    }

    /** Lays out one stage starting at {@code x}; returns its right edge. */
    private double placeStage(int index, Stage stage, double x, double cardsTop, double stageHeight) {
        var runOrders = List.copyOf(stage.runOrders());
        int columnsInStage = Math.max(1, runOrders.size());
        double width = 2 * m.stagePadding() + columnsInStage * m.cardWidth() + (columnsInStage - 1) * m.groupGap();
        stages.add(new StageBox(stage.name(), index, new Box(x, m.margin(), width, stageHeight),
                new Box(x, m.margin(), width, m.headerHeight())));
        double columnX = x + m.stagePadding();
        if (runOrders.isEmpty()) {
            columns.add(new double[] {columnX, columnX + m.cardWidth()});
        }
        for (int position = 0; position < runOrders.size(); position++) {
            int runOrder = runOrders.get(position);
            List<Action> members = stage.actions().stream().filter(a -> a.runOrder() == runOrder).toList();
            int column = columns.size();
            columns.add(new double[] {columnX, columnX + m.cardWidth()});
            groups.add(new GroupBox(stage.name(), runOrder, position, column,
                    new Box(columnX, cardsTop, m.cardWidth(), stackHeight(members.size()))));
            for (int k = 0; k < members.size(); k++) {
                cards.add(new CardBox(new ActionRef(stage.name(), members.get(k).name()), runOrder, column,
                        new Box(columnX, cardsTop + k * (m.cardHeight() + m.cardGap()), m.cardWidth(), m.cardHeight())));
            }
            columnX += m.cardWidth() + m.groupGap();
        }
        return x + width;
    }

    private double stackHeight(int cardCount) {
        return cardCount * m.cardHeight() + Math.max(0, cardCount - 1) * m.cardGap();
    }

    /** Stage to stage along the headers; group to group just above the cards. */
    private List<Arrow> orderArrows(double cardsTop) {
        var arrows = new ArrayList<Arrow>();
        for (int i = 1; i < stages.size(); i++) {
            StageBox from = stages.get(i - 1);
            StageBox to = stages.get(i);
            double y = from.header().centerY();
            arrows.add(new Arrow(new ArrowKey.StageOrder(from.stage(), to.stage()),
                    List.of(new Point(from.box().maxX(), y), new Point(to.box().x(), y)), Optional.empty()));
        }
        double y = cardsTop - m.stagePadding() / 2;
        for (int i = 1; i < groups.size(); i++) {
            GroupBox from = groups.get(i - 1);
            GroupBox to = groups.get(i);
            if (from.stage().equals(to.stage())) {
                arrows.add(new Arrow(new ArrowKey.GroupOrder(from.stage(), from.runOrder(), to.runOrder()),
                        List.of(new Point(from.box().maxX() + 6, y), new Point(to.box().x() - 6, y)), Optional.empty()));
            }
        }
        return arrows;
    }
}
