package dev.pipewright.ui.canvas;

import static dev.pipewright.ui.canvas.RunPipelines.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.ArrowKey;
import dev.pipewright.layout.LayoutPipelines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas showing a run: status on cards and stages, passed arrows, closed transitions. */
@ExtendWith(ApplicationExtension.class)
class CanvasRunStateTest {

    private static final ActionRef COMPILE = new ActionRef("Build", "Compile");
    private static final ActionRef LINT = new ActionRef("Build", "Lint");
    private static final ActionRef PACKAGE = new ActionRef("Build", "Package");
    private static final ActionRef SHIP = new ActionRef("Deploy", "Ship");

    private PipelineCanvas canvas;
    private final SettableClock clock = new SettableClock(NOW);
    private final List<String> calls = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        canvas = new PipelineCanvas();
        canvas.setClock(clock);
        canvas.setListener(new CanvasListener() {
            @Override
            public void onToggleTransition(String stageName) {
                calls.add("toggle " + stageName);
            }
        });
        canvas.setPipeline(LayoutPipelines.small());
        stage.setScene(new Scene(canvas, 1300, 700));
        stage.show();
    }

    private CardNode card(ActionRef ref) {
        return canvas.sync().card(ref).orElseThrow();
    }

    private ArrowNode arrow(ArrowKey key) {
        return canvas.sync().arrow(key).orElseThrow();
    }

    private void show(FxRobot robot, Map<CanvasItem, RunBadge> run) {
        robot.interact(() -> canvas.setRunState(run));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CanvasItem item(ActionRef ref) {
        return new CanvasItem.CardItem(ref);
    }

    private static boolean has(Node node, RunStatus status) {
        return node.getPseudoClassStates().contains(CanvasStates.of(status));
    }

    private static long runClasses(Node node) {
        return java.util.Arrays.stream(RunStatus.values()).filter(s -> has(node, s)).count();
    }

    @Test
    void aStatusMarksItsCardWithPseudoClassAndIconAndAReplacementClearsIt(FxRobot robot) {
        show(robot, Map.of(item(COMPILE), RunBadge.of(RunStatus.FAILED)));
        assertTrue(has(card(COMPILE), RunStatus.FAILED));
        assertEquals(1, runClasses(card(COMPILE)));
        assertEquals(MaterialDesignC.CLOSE_CIRCLE, card(COMPILE).status().glyph().getIconCode());
        assertTrue(card(COMPILE).status().icon.isVisible());
        assertEquals(0, runClasses(card(LINT)));
        assertFalse(card(LINT).status().icon.isVisible());
        assertEquals(PseudoClass.getPseudoClass("failed"), CanvasStates.of(RunStatus.FAILED));
        assertTrue(canvas.getPseudoClassStates().contains(CanvasStates.RUN_VIEW));

        show(robot, Map.of(item(COMPILE), RunBadge.of(RunStatus.SUCCEEDED), item(LINT), RunBadge.of(RunStatus.WAITING)));
        assertFalse(has(card(COMPILE), RunStatus.FAILED));
        assertTrue(has(card(COMPILE), RunStatus.SUCCEEDED));
        assertEquals(MaterialDesignC.CHECK_CIRCLE, card(COMPILE).status().glyph().getIconCode());
        assertTrue(has(card(LINT), RunStatus.WAITING));
        assertEquals(RunStatusIcons.of(RunStatus.WAITING), card(LINT).status().glyph().getIconCode());
    }

    @Test
    void aRunningCardSpinsAndCountsItsTimeFinishedOnesShowWhatTheyTook(FxRobot robot) {
        var running = new RunBadge(RunStatus.RUNNING, Optional.of(NOW.minusSeconds(65)), Optional.empty(), Optional.empty());
        var tested = new RunBadge(RunStatus.FAILED, Optional.of(NOW.minusSeconds(100)), Optional.of(Duration.ofSeconds(12)),
                Optional.of("3 passed, 1 failed"));
        show(robot, Map.of(item(COMPILE), running, item(LINT), tested));
        assertEquals("1 min 05 s", card(COMPILE).status().time.getText());
        assertTrue(card(COMPILE).status().isSpinning());
        assertTrue(canvas.run().ticker().isTicking());
        assertEquals("12 s", card(LINT).status().time.getText());
        assertFalse(card(LINT).status().isSpinning());
        assertTrue(card(LINT).detail().isVisible());
        assertEquals("3 passed, 1 failed", card(LINT).detail().getText());
        assertFalse(card(COMPILE).detail().isVisible());

        // the shared timeline's tick moves every running card's time on
        clock.now = NOW.plusSeconds(2);
        robot.interact(() -> canvas.run().ticker().tick());
        assertEquals("1 min 07 s", card(COMPILE).status().time.getText());
        assertEquals("12 s", card(LINT).status().time.getText());
    }

    @Test
    void clearingTheRunReturnsToTheDesignLook(FxRobot robot) {
        show(robot, RunPipelinesForSmall.all(RunStatus.RUNNING));
        robot.interact(() -> canvas.setDisabledTransitions(Set.of("Deploy")));
        robot.interact(canvas::clearRunState);
        WaitForAsyncUtils.waitForFxEvents();
        for (var c : canvas.sync().cardNodes()) {
            assertEquals(0, runClasses(c), c.ref().toString());
            assertFalse(c.status().icon.isVisible());
            assertFalse(c.status().time.isVisible());
            assertFalse(c.detail().isVisible());
        }
        for (var s : canvas.sync().stageNodes()) {
            assertEquals(0, runClasses(s));
        }
        for (var a : canvas.sync().arrowNodes()) {
            assertFalse(a.isPassed(), a.key().toString());
        }
        assertFalse(canvas.run().ticker().isTicking());
        assertFalse(canvas.getPseudoClassStates().contains(CanvasStates.RUN_VIEW));
        // the disabled transition is a setting of the pipeline, not of the run: it stays
        assertTrue(arrow(new ArrowKey.StageOrder("Build", "Deploy")).showsLock());
    }

    @Test
    void changingOneCardsStatusTouchesOnlyThatCard(FxRobot robot) {
        var run = new HashMap<>(RunPipelinesForSmall.all(RunStatus.SUCCEEDED));
        run.put(item(LINT), RunBadge.of(RunStatus.RUNNING));
        show(robot, run);
        Map<ActionRef, Node> before = new HashMap<>();
        canvas.getLayout().cards().forEach(c -> before.put(c.ref(), card(c.ref())));

        run.put(item(LINT), RunBadge.of(RunStatus.FAILED));
        show(robot, run);
        assertEquals(1, canvas.lastSync().updated());
        assertEquals(0, canvas.lastSync().created() + canvas.lastSync().removed());
        before.forEach((ref, node) -> assertSame(node, card(ref)));
        assertTrue(has(card(LINT), RunStatus.FAILED));

        // the same state again touches nothing
        show(robot, run);
        assertEquals(0, canvas.lastSync().touched());
    }

    @Test
    void arrowsIntoWhatTheRunHasReachedArePassed(FxRobot robot) {
        var intoBuild = new ArrowKey.StageOrder("Source", "Build");
        var intoDeploy = new ArrowKey.StageOrder("Build", "Deploy");
        var intoPackage = new ArrowKey.GroupOrder("Build", 1, 2);
        var codeIntoCompile = new ArrowKey.ArtifactFlow("Code", new ActionRef("Source", "Checkout"), COMPILE);
        var programIntoShip = new ArrowKey.ArtifactFlow("Program", COMPILE, SHIP);
        show(robot, Map.of(item(new ActionRef("Source", "Checkout")), RunBadge.of(RunStatus.SUCCEEDED),
                item(COMPILE), RunBadge.of(RunStatus.RUNNING), item(PACKAGE), RunBadge.of(RunStatus.PENDING)));
        assertTrue(arrow(intoBuild).isPassed());
        assertTrue(arrow(intoBuild).getPseudoClassStates().contains(CanvasStates.PASSED));
        assertTrue(arrow(codeIntoCompile).isPassed());
        assertFalse(arrow(intoPackage).isPassed());
        assertFalse(arrow(intoDeploy).isPassed());
        assertFalse(arrow(programIntoShip).isPassed());

        show(robot, Map.of(item(PACKAGE), RunBadge.of(RunStatus.RUNNING),
                new CanvasItem.StageItem("Deploy"), RunBadge.of(RunStatus.RUNNING)));
        assertTrue(arrow(intoPackage).isPassed());
        assertTrue(arrow(intoDeploy).isPassed());
        assertFalse(arrow(codeIntoCompile).isPassed());
        // the stage started, but Ship itself has not
        assertFalse(arrow(programIntoShip).isPassed());
    }

    @Test
    void aClickOnTheArrowIntoAStageTogglesItsTransition(FxRobot robot) {
        var intoBuild = canvas.getLayout().arrows().stream()
                .filter(a -> a.key().equals(new ArrowKey.StageOrder("Source", "Build"))).findFirst().orElseThrow();
        double x = (intoBuild.points().get(0).x() + intoBuild.head().x()) / 2;
        double y = intoBuild.head().y();
        robot.clickOn(canvas.layoutToScreen(x, y));
        assertEquals(List.of("toggle Build"), calls);
        assertTrue(canvas.getSelection().isEmpty());
    }

    @Test
    void aDisabledTransitionClosesItsArrowWithALock(FxRobot robot) {
        var intoDeploy = new ArrowKey.StageOrder("Build", "Deploy");
        var intoBuild = new ArrowKey.StageOrder("Source", "Build");
        robot.interact(() -> canvas.setDisabledTransitions(Set.of("Deploy")));
        assertTrue(arrow(intoDeploy).getPseudoClassStates().contains(CanvasStates.CLOSED));
        assertTrue(arrow(intoDeploy).showsLock());
        assertFalse(arrow(intoBuild).getPseudoClassStates().contains(CanvasStates.CLOSED));
        assertEquals(1, canvas.lastSync().updated());

        robot.interact(() -> canvas.setDisabledTransitions(Set.of()));
        assertFalse(arrow(intoDeploy).getPseudoClassStates().contains(CanvasStates.CLOSED));
        assertFalse(arrow(intoDeploy).showsLock());
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertEquals("< 1 s", DurationText.of(Duration.ofMillis(300)));
        assertEquals("12 s", DurationText.of(Duration.ofSeconds(12)));
        assertEquals("1 min 05 s", DurationText.of(Duration.ofSeconds(65)));
        assertEquals("2 h 03 min", DurationText.of(Duration.ofMinutes(123)));
    }

    /** Every stage and card of {@link LayoutPipelines#small()} in one status. */
    private static final class RunPipelinesForSmall {
        static Map<CanvasItem, RunBadge> all(RunStatus status) {
            var run = new HashMap<CanvasItem, RunBadge>();
            var badge = new RunBadge(status, Optional.of(NOW.minusSeconds(5)), Optional.empty(), Optional.of("detail"));
            LayoutPipelines.small().stages().forEach(s -> {
                run.put(new CanvasItem.StageItem(s.name()), badge);
                s.actions().forEach(a -> run.put(item(new ActionRef(s.name(), a.name())), badge));
            });
            return run;
        }
    }

    private static final class SettableClock extends Clock {
        Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
