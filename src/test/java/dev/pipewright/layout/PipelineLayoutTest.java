package dev.pipewright.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineLayoutTest {

    private final PipelineLayout layout = PipelineLayout.of(LayoutPipelines.small());
    private final LayoutMetrics m = LayoutMetrics.defaults();

    private CardBox card(String stage, String action) {
        return layout.card(new ActionRef(stage, action)).orElseThrow();
    }

    @Test
    void stagesAreColumnsLeftToRightAndGroupsAreSubColumns() {
        List<StageBox> stages = layout.stages();
        assertEquals(List.of("Source", "Build", "Deploy"), stages.stream().map(StageBox::stage).toList());
        assertTrue(stages.get(0).box().maxX() < stages.get(1).box().x());
        assertEquals(m.stageGap(), stages.get(1).box().x() - stages.get(0).box().maxX(), 1e-9);
        // Build has two groups: twice as wide as a one-group stage plus the gap between them
        assertEquals(stages.get(0).box().width() + m.cardWidth() + m.groupGap(), stages.get(1).box().width(), 1e-9);
        assertEquals(List.of(1, 2), layout.groupsOf("Build").stream().map(GroupBox::runOrder).toList());
    }

    @Test
    void cardsOfAGroupStackAndLaterGroupsSitToTheRight() {
        Box compile = card("Build", "Compile").box();
        Box lint = card("Build", "Lint").box();
        Box pack = card("Build", "Package").box();
        assertEquals(compile.x(), lint.x());
        assertEquals(compile.maxY() + m.cardGap(), lint.y(), 1e-9);
        assertEquals(compile.maxX() + m.groupGap(), pack.x(), 1e-9);
        assertEquals(compile.y(), pack.y());
        assertEquals(m.cardWidth(), compile.width());
        assertEquals(m.cardHeight(), compile.height());
        // every stage is as tall as the tallest, with the cards below the header
        assertTrue(layout.stages().stream().allMatch(s -> s.box().height() == layout.stages().get(1).box().height()));
        assertTrue(compile.y() >= layout.stages().get(1).header().maxY());
    }

    @Test
    void noCardOverlapsAnotherAndEverythingFitsTheDrawing() {
        var cards = layout.cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).box().intersects(cards.get(j).box()), cards.get(i) + " " + cards.get(j));
            }
            assertTrue(cards.get(i).box().maxX() <= layout.width() && cards.get(i).box().maxY() <= layout.height());
        }
        for (Arrow arrow : layout.arrows()) {
            for (Point p : arrow.points()) {
                assertTrue(p.x() >= 0 && p.x() <= layout.width() && p.y() >= 0 && p.y() <= layout.height(), arrow.toString());
            }
        }
    }

    @Test
    void orderArrowsJoinStagesAndGroups() {
        var keys = layout.arrows().stream().map(Arrow::key).toList();
        assertTrue(keys.contains(new ArrowKey.StageOrder("Source", "Build")));
        assertTrue(keys.contains(new ArrowKey.StageOrder("Build", "Deploy")));
        assertTrue(keys.contains(new ArrowKey.GroupOrder("Build", 1, 2)));
        assertEquals(3, keys.stream().filter(k -> !(k instanceof ArrowKey.ArtifactFlow)).count());
    }

    @Test
    void artifactFlowsGoFromThePortToTheConsumerWithTheirNameAndNeverThroughACard() {
        var flows = layout.arrows().stream().filter(a -> a.key() instanceof ArrowKey.ArtifactFlow).toList();
        assertEquals(4, flows.size());
        Arrow codeToCompile = flows.stream()
                .filter(a -> a.key().equals(new ArrowKey.ArtifactFlow("Code", new ActionRef("Source", "Checkout"),
                        new ActionRef("Build", "Compile")))).findFirst().orElseThrow();
        assertEquals(card("Source", "Checkout").outputPort(), codeToCompile.points().get(0));
        assertEquals(card("Build", "Compile").box().x(), codeToCompile.head().x());
        assertEquals("Code", codeToCompile.label().orElseThrow().text());
        for (Arrow flow : flows) {
            var key = (ArrowKey.ArtifactFlow) flow.key();
            for (int i = 1; i < flow.points().size(); i++) {
                Point a = flow.points().get(i - 1);
                Point b = flow.points().get(i);
                assertTrue(a.x() == b.x() || a.y() == b.y(), "orthogonal: " + flow);
                for (CardBox c : layout.cards()) {
                    if (!c.ref().equals(key.producer()) && !c.ref().equals(key.consumer())) {
                        assertFalse(crosses(a, b, c.box()), flow + " crosses " + c.ref());
                    }
                }
            }
        }
        // Code skips the Build stage on its way to Ship, so it runs in a lane below the stages
        Arrow codeToShip = flows.stream().filter(a -> ((ArrowKey.ArtifactFlow) a.key()).consumer().action().equals("Ship")
                && ((ArrowKey.ArtifactFlow) a.key()).artifact().equals("Code")).findFirst().orElseThrow();
        assertTrue(codeToShip.points().stream().anyMatch(p -> p.y() > layout.stages().get(0).box().maxY()));
    }

    private static boolean crosses(Point a, Point b, Box box) {
        var segment = Box.spanning(a.x(), a.y(), b.x(), b.y());
        var inner = new Box(box.x() + 1, box.y() + 1, box.width() - 2, box.height() - 2);
        return segment.x() <= inner.maxX() && segment.maxX() >= inner.x()
                && segment.y() <= inner.maxY() && segment.maxY() >= inner.y();
    }

    @Test
    void placementBetweenStagesMakesANewStage() {
        var stages = layout.stages();
        assertEquals(new Placement.NewStage(0), layout.placementAt(stages.get(0).box().x() - 5, 100));
        double gap = (stages.get(0).box().maxX() + stages.get(1).box().x()) / 2;
        assertEquals(new Placement.NewStage(1), layout.placementAt(gap, 100));
        assertEquals(new Placement.NewStage(3), layout.placementAt(stages.get(2).box().maxX() + 5, 100));
    }

    @Test
    void placementOnACardJoinsItsGroupAndTheEdgesMakeNewGroups() {
        Box compile = card("Build", "Compile").box();
        Box pack = card("Build", "Package").box();
        assertEquals(new Placement.InGroup("Build", 1), layout.placementAt(compile.centerX(), compile.centerY()));
        // below the last card of the column: still beside the group
        assertEquals(new Placement.InGroup("Build", 2), layout.placementAt(pack.centerX(), pack.maxY() + 60));
        assertEquals(new Placement.NewGroup("Build", 0), layout.placementAt(compile.x() - 4, compile.centerY()));
        assertEquals(new Placement.NewGroup("Build", 1), layout.placementAt((compile.maxX() + pack.x()) / 2, compile.centerY()));
        assertEquals(new Placement.NewGroup("Build", 2), layout.placementAt(pack.maxX() + 4, pack.centerY()));
        assertEquals(new Placement.NewGroup("Build", 2), layout.placementAt(pack.maxX() - 2, pack.centerY()));
    }

    @Test
    void anEmptyStageTakesANewGroupAndHasADropArea() {
        var pipeline = LayoutPipelines.small();
        var withEmpty = pipeline.withStages(List.of(pipeline.stages().get(0), Stage.of("Empty")));
        var l = PipelineLayout.of(withEmpty);
        StageBox empty = l.stage("Empty").orElseThrow();
        assertEquals(new Placement.NewGroup("Empty", 0), l.placementAt(empty.box().centerX(), empty.box().centerY()));
        assertTrue(empty.box().width() >= m.cardWidth());
    }

    @Test
    void hitTestingFindsCardsPortsHeadersAndArrows() {
        CardBox compile = card("Build", "Compile");
        assertEquals(Optional.of(compile.ref()), layout.cardAt(compile.box().x() + 3, compile.box().y() + 3));
        assertEquals(Optional.empty(), layout.cardAt(compile.box().x() - 3, compile.box().y() + 3));
        assertEquals(Optional.of(compile.ref()), layout.outputPortAt(compile.outputPort().x() + 4, compile.outputPort().y()));
        assertEquals(Optional.empty(), layout.outputPortAt(compile.box().centerX(), compile.box().centerY()));
        StageBox build = layout.stage("Build").orElseThrow();
        assertEquals(Optional.of("Build"), layout.stageHeaderAt(build.header().centerX(), build.header().centerY()));
        Arrow flow = layout.arrows().stream().filter(a -> a.key() instanceof ArrowKey.ArtifactFlow).findFirst().orElseThrow();
        // near its head, where flows sharing a producer's bus have parted
        Point head = flow.head();
        assertEquals(Optional.of(flow.key()), layout.arrowAt(head.x() - 5, head.y() + 1, 4).map(Arrow::key));
    }

    @Test
    void aStageDraggedPastItsNeighbourTakesItsPlace() {
        var stages = layout.stages();
        assertEquals(1, layout.stageIndexAt("Source", stages.get(1).box().centerX() + 1));
        assertEquals(0, layout.stageIndexAt("Deploy", stages.get(0).box().x()));
        assertEquals(2, layout.stageIndexAt("Source", layout.width()));
        assertEquals(0, layout.stageIndexAt("Source", stages.get(0).box().centerX() - 1));
    }

    @Test
    void markersSitWhereTheDropWouldLand() {
        StageBox source = layout.stages().get(0);
        StageBox build = layout.stages().get(1);
        Box bar = layout.marker(new Placement.NewStage(1));
        assertTrue(bar.x() > source.box().maxX() && bar.maxX() < build.box().x());
        Box groupBar = layout.marker(new Placement.NewGroup("Build", 1));
        assertTrue(groupBar.x() > card("Build", "Compile").box().maxX() && groupBar.maxX() < card("Build", "Package").box().x());
        Box under = layout.marker(new Placement.InGroup("Build", 1));
        assertTrue(under.y() > card("Build", "Lint").box().maxY() && under.maxY() < build.box().maxY());
    }

    @Test
    void theLayoutDependsOnStructureOnly() {
        Pipeline p = LayoutPipelines.small();
        assertEquals(PipelineLayout.of(p).cards(), PipelineLayout.of(p).cards());
        assertEquals(PipelineLayout.of(p).arrows(), PipelineLayout.of(p).arrows());
        var empty = PipelineLayout.of(Pipeline.of("none"));
        assertEquals(new Placement.NewStage(0), empty.placementAt(10, 10));
        assertTrue(empty.width() > 0 && empty.height() > 0);
    }

    @Test
    void aBigPipelineLaysOutQuickly() {
        var big = LayoutPipelines.big(10, 5, 10);
        long start = System.nanoTime();
        var l = PipelineLayout.of(big);
        assertEquals(500, l.cards().size());
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
