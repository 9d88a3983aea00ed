package dev.pipewright.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import dev.pipewright.layout.Box;
import dev.pipewright.layout.LayoutPipelines;
import dev.pipewright.layout.Point;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas driven as a person drives it: drags, clicks, keys, and a drop from a palette. */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {

    private PipelineCanvas canvas;
    private Label paletteEntry;
    private final List<String> calls = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        canvas = new PipelineCanvas();
        canvas.setListener(new CanvasListener() {
            @Override
            public void onDropProvider(String payload, Placement placement) {
                calls.add("drop " + payload + " " + placement);
            }

            @Override
            public void onMove(List<ActionRef> actions, Placement placement) {
                calls.add("move " + actions + " " + placement);
            }

            @Override
            public void onMoveStage(String stage, int index) {
                calls.add("moveStage " + stage + " " + index);
            }

            @Override
            public void onConnect(ActionRef from, ActionRef to) {
                calls.add("connect " + from + " " + to);
            }

            @Override
            public void onDeleteConnection(String artifact, ActionRef consumer) {
                calls.add("deleteConnection " + artifact + " " + consumer);
            }

            @Override
            public void onRename(CanvasItem item, String newName) {
                calls.add("rename " + item + " " + newName);
            }

            @Override
            public void onDelete(List<CanvasItem> items) {
                calls.add("delete " + items);
            }
        });
        canvas.setCanConnect((from, to) -> to.stage().equals("Source")
                ? Optional.of("an action cannot take an artifact from a later stage") : Optional.empty());
        canvas.setPipeline(LayoutPipelines.small());
        paletteEntry = new Label("Shell build");
        paletteEntry.setOnDragDetected(e -> {
            var board = paletteEntry.startDragAndDrop(TransferMode.COPY);
            var content = new ClipboardContent();
            content.put(ProviderDrag.FORMAT, "Build/Shell");
            board.setContent(content);
            e.consume();
        });
        var root = new BorderPane(canvas);
        root.setLeft(paletteEntry);
        stage.setScene(new Scene(root, 1300, 700));
        stage.show();
    }

    private Point2D screen(double x, double y) {
        return canvas.viewport().world.localToScreen(x, y);
    }

    private Box box(String stage, String action) {
        return canvas.getLayout().card(new ActionRef(stage, action)).orElseThrow().box();
    }

    @Test
    void draggingACardBetweenTwoGroupsReportsANewGroupThere(FxRobot robot) {
        Box lint = box("Build", "Lint");
        Box compile = box("Build", "Compile");
        Box pack = box("Build", "Package");
        robot.drag(screen(lint.centerX(), lint.centerY()), MouseButton.PRIMARY)
                .moveTo(screen((compile.maxX() + pack.x()) / 2, compile.centerY()))
                .drop();
        assertEquals(List.of("move [Build/Lint] NewGroup[stage=Build, position=1]"), calls);
        // the preview is gone and the card is back in place until the window applies the edit
        assertEquals(0, canvas.sync().card(new ActionRef("Build", "Lint")).orElseThrow().getTranslateX());
    }

    @Test
    void draggingACardOntoAnotherReportsThatGroup(FxRobot robot) {
        Box ship = box("Deploy", "Ship");
        Box checkout = box("Source", "Checkout");
        robot.drag(screen(ship.centerX(), ship.centerY()), MouseButton.PRIMARY)
                .moveTo(screen(checkout.centerX(), checkout.maxY() + 10)).drop();
        assertEquals(List.of("move [Deploy/Ship] InGroup[stage=Source, runOrder=1]"), calls);
    }

    @Test
    void aLineFromAPortToALaterCardConnectsThem(FxRobot robot) {
        var port = canvas.getLayout().card(new ActionRef("Build", "Lint")).orElseThrow().outputPort();
        Box ship = box("Deploy", "Ship");
        robot.drag(screen(port.x() - 1, port.y()), MouseButton.PRIMARY).moveTo(screen(ship.centerX(), ship.centerY())).drop();
        assertEquals(List.of("connect Build/Lint Deploy/Ship"), calls);
    }

    @Test
    void aLineToACardTheWindowRefusesShowsForbiddenAndConnectsNothing(FxRobot robot) {
        var port = canvas.getLayout().card(new ActionRef("Build", "Lint")).orElseThrow().outputPort();
        Box checkout = box("Source", "Checkout");
        robot.drag(screen(port.x() - 1, port.y()), MouseButton.PRIMARY).moveTo(screen(checkout.centerX(), checkout.centerY()));
        Node target = canvas.sync().card(new ActionRef("Source", "Checkout")).orElseThrow();
        assertTrue(target.getPseudoClassStates().contains(CanvasStates.FORBIDDEN));
        robot.drop();
        assertFalse(target.getPseudoClassStates().contains(CanvasStates.FORBIDDEN));
        assertEquals(List.of(), calls);
    }

    @Test
    void aProviderDraggedFromThePaletteLandsWhereThePointerIs(FxRobot robot) {
        var stages = canvas.getLayout().stages();
        double gapX = (stages.get(0).box().maxX() + stages.get(1).box().x()) / 2;
        // Monocle's headless glass ends a drag and drop with a NullPointerException in its own
        // clipboard teardown (dropTargetAssistant is null) after the drop has been delivered;
        // that exception is Monocle's, so it is cleared rather than failing the test
        WaitForAsyncUtils.autoCheckException = false;
        try {
            robot.drag(paletteEntry, MouseButton.PRIMARY).moveTo(screen(gapX - 5, 150)).moveTo(screen(gapX, 150)).drop();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
        assertFalse(canvas.marker().isVisible());
        assertEquals(List.of("drop Build/Shell NewStage[index=1]"), calls);
    }

    @Test
    void clicksShiftClicksAndAMarqueeSelect(FxRobot robot) {
        Box compile = box("Build", "Compile");
        Box lint = box("Build", "Lint");
        robot.clickOn(screen(compile.centerX(), compile.centerY()));
        assertEquals(Set(card("Build", "Compile")), canvas.getSelection());
        robot.press(KeyCode.SHIFT).clickOn(screen(lint.centerX(), lint.centerY())).release(KeyCode.SHIFT);
        assertEquals(Set(card("Build", "Compile"), card("Build", "Lint")), canvas.getSelection());
        assertTrue(canvas.sync().card(new ActionRef("Build", "Lint")).orElseThrow()
                .getPseudoClassStates().contains(CanvasStates.SELECTED));
        // a marquee around the Source stage's card, from empty space
        Box checkout = box("Source", "Checkout");
        double below = canvas.getLayout().height() - 5;
        robot.drag(screen(checkout.x() - 8, below), MouseButton.PRIMARY).moveTo(screen(checkout.centerX(), checkout.centerY())).drop();
        assertEquals(Set(card("Source", "Checkout")), canvas.getSelection());
        robot.type(KeyCode.DELETE);
        assertEquals(List.of("delete [CardItem[ref=Source/Checkout]]"), calls);
    }

    @Test
    void aConnectionIsSelectedByClickAndDeletedWithTheKey(FxRobot robot) {
        var flow = canvas.getLayout().arrows().stream()
                .filter(a -> a.key().equals(new dev.pipewright.layout.ArrowKey.ArtifactFlow("Program",
                        new ActionRef("Build", "Compile"), new ActionRef("Build", "Package"))))
                .findFirst().orElseThrow();
        Point head = flow.head();
        robot.clickOn(screen(head.x() - 12, head.y()));
        assertEquals(Set(new CanvasItem.ConnectionItem("Program", new ActionRef("Build", "Compile"),
                new ActionRef("Build", "Package"))), canvas.getSelection());
        robot.type(KeyCode.BACK_SPACE);
        // the key deletes the selection as one intent, connections included (the window makes it one edit)
        assertEquals(List.of("delete [ConnectionItem[artifact=Program, producer=Build/Compile, consumer=Build/Package]]"),
                calls);
    }

    @Test
    void aDoubleClickRenamesInPlace(FxRobot robot) {
        Box compile = box("Build", "Compile");
        robot.doubleClickOn(screen(compile.centerX(), compile.centerY()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Javac").type(KeyCode.ENTER);
        assertEquals(List.of("rename CardItem[ref=Build/Compile] Javac"), calls);
        var header = canvas.getLayout().stage("Deploy").orElseThrow().header();
        robot.doubleClickOn(screen(header.centerX(), header.centerY())).type(KeyCode.ESCAPE);
        assertEquals(1, calls.size());
    }

    @Test
    void aStageDraggedByItsHeaderMoves(FxRobot robot) {
        var stages = canvas.getLayout().stages();
        var header = stages.get(0).header();
        robot.drag(screen(header.centerX(), header.centerY()), MouseButton.PRIMARY)
                .moveTo(screen(stages.get(1).box().centerX() + 20, header.centerY())).drop();
        assertEquals(List.of("moveStage Source 1"), calls);
    }

    @Test
    void oneChangedActionInFiveHundredTouchesOneCard(FxRobot robot) {
        Pipeline big = LayoutPipelines.big(10, 5, 10);
        robot.interact(() -> canvas.setPipeline(big));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(500, canvas.cardLayer().getChildren().size());
        Map<ActionRef, Node> before = new HashMap<>();
        canvas.getLayout().cards().forEach(c -> before.put(c.ref(), canvas.sync().card(c.ref()).orElseThrow()));

        var stage = big.stages().get(4);
        var changed = stage.actions().get(17).withSetting("commands", new ConfigValue.Text("make"));
        var actions = new ArrayList<>(stage.actions());
        actions.set(17, changed);
        Pipeline edited = big.withStage(4, stage.withActions(actions));
        robot.interact(() -> {
            // two calls in one pulse: only the last is drawn
            canvas.setPipeline(big);
            canvas.setPipeline(edited);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new SyncStats(0, 1, 0, canvas.lastSync().untouched()), canvas.lastSync());
        var ref = new ActionRef(stage.name(), changed.name());
        for (var entry : before.entrySet()) {
            assertSame(entry.getValue(), canvas.sync().card(entry.getKey()).orElseThrow(), entry.getKey().toString());
        }
        assertSame(changed, ((CardNode) canvas.sync().card(ref).orElseThrow()).model().action());
    }

    @Test
    void aRenameReplacesOnlyThatCardAndItsArrows(FxRobot robot) {
        Pipeline p = LayoutPipelines.small();
        var build = p.stages().get(1);
        var actions = new ArrayList<>(build.actions());
        actions.set(1, actions.get(1).withName("Style"));
        robot.interact(() -> canvas.setPipeline(p.withStage(1, build.withActions(actions))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new SyncStats(1, 0, 1, canvas.lastSync().untouched()), canvas.lastSync());
    }

    @Test
    void problemsMarkCardsWithErrorAndZoomKeepsLimits(FxRobot robot) {
        var ref = new ActionRef("Deploy", "Ship");
        robot.interact(() -> canvas.setProblems(Map.of(new CanvasItem.CardItem(ref),
                new CanvasProblem(dev.pipewright.model.Severity.ERROR, "no target"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.sync().card(ref).orElseThrow().getPseudoClassStates().contains(CanvasStates.ERROR));
        assertEquals(1, canvas.lastSync().updated());
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                canvas.zoomIn();
            }
        });
        assertEquals(CanvasViewport.MAX_ZOOM, canvas.zoomProperty().get(), 1e-9);
        robot.interact(canvas::resetZoom);
        assertEquals(1, canvas.zoomProperty().get(), 1e-9);
        robot.interact(() -> canvas.setPipeline(Pipeline.of("one", dev.pipewright.model.Stage.of("Only",
                LayoutPipelines.action("Run", dev.pipewright.model.ActionCategory.BUILD, "Shell", 1)))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas.getMinimap().isVisible());
        robot.interact(() -> canvas.setPipeline(LayoutPipelines.big(10, 5, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.getMinimap().isVisible());
        robot.interact(() -> canvas.fitToWindow());
        assertTrue(canvas.zoomProperty().get() < 1);
    }

    private static CanvasItem card(String stage, String action) {
        return new CanvasItem.CardItem(new ActionRef(stage, action));
    }

    @SafeVarargs
    private static <T> java.util.Set<T> Set(T... items) {
        return java.util.Set.of(items);
    }

    /** The canvas's stylesheet sits at the scene, once, and still styles the cards. */
    @Test
    void theStylesheetIsTheScenesNotTheCanvassAndStillStylesCards(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertTrue(canvas.getStylesheets().isEmpty(), canvas.getStylesheets().toString());
            var sheets = canvas.getScene().getStylesheets();
            assertEquals(1, sheets.stream().filter(PipelineCanvas.STYLESHEET::equals).count(), sheets.toString());
            var card = (javafx.scene.layout.Region) canvas.sync().card(new ActionRef("Build", "Lint")).orElseThrow();
            assertTrue(card.getBackground() != null && !card.getBackground().getFills().isEmpty(),
                    "the card is styled by canvas.css");
        });
    }
}
