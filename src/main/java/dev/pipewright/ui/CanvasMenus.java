package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Placement;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.Stage;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.MenuRequest;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.canvas.ProviderDrag;
import dev.pipewright.ui.canvas.RunBadge;
import dev.pipewright.ui.canvas.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The canvas's context menu, made for what it was opened on (the canvas has selected it first, so
 * the inspector shows it): a card, a stage, a connection, or the bare canvas. Items that a menu or
 * the toolbar also has run the same {@link AppCommand}; the others make the same edits as the
 * palette, the inspector and the canvas do. Either way, one undo step per item.
 */
final class CanvasMenus {

    /** What a card's menu can do about a run. */
    interface RunActions {
        void showLog(ActionRef action);

        void decide(ActionRef gate, boolean approve);
    }

    private final PipelineCanvas canvas;
    private final CommandBar commands;
    private final DesignerEdits edits;
    private final ProviderCatalog catalog;
    private final RunActions run;
    private final ContextMenu menu = new ContextMenu();

    CanvasMenus(PipelineCanvas canvas, CommandBar commands, DesignerEdits edits, ProviderCatalog catalog, RunActions run) {
        this.canvas = canvas;
        this.commands = commands;
        this.edits = edits;
        this.catalog = catalog;
        this.run = run;
        menu.setId("canvas-menu");
        canvas.setOnMenuRequested(this::show);
    }

    /** The menu last shown (for tests). */
    ContextMenu menu() {
        return menu;
    }

    private void show(MenuRequest request) {
        Pipeline pipeline = canvas.getPipeline();
        List<MenuItem> items = request.target().map(t -> itemsFor(pipeline, t)).orElseGet(this::forCanvas);
        menu.hide();
        menu.getItems().setAll(items);
        menu.show(canvas, request.screenX(), request.screenY());
    }

    private List<MenuItem> itemsFor(Pipeline pipeline, CanvasItem target) {
        if (canvas.getSelection().size() > 1) {
            return List.of(command(AppCommand.CUT), command(AppCommand.COPY), command(AppCommand.DUPLICATE),
                    new SeparatorMenuItem(), command(AppCommand.DELETE));
        }
        if (target instanceof CanvasItem.CardItem card) {
            return pipeline.stage(card.ref().stage()).flatMap(s -> s.action(card.ref().action()))
                    .map(a -> forCard(pipeline, card.ref(), a)).orElseGet(List::of);
        }
        if (target instanceof CanvasItem.StageItem stage) {
            return forStage(pipeline, stage.stage());
        }
        var flow = (CanvasItem.ConnectionItem) target;
        var delete = item("ctx-delete-connection", "Delete Connection", "mdi2l-link-variant-off",
                () -> edits.onDeleteConnection(flow.artifact(), flow.consumer()));
        return List.of(delete);
    }

    private List<MenuItem> forCard(Pipeline pipeline, ActionRef ref, Action action) {
        Stage stage = pipeline.stage(ref.stage()).orElseThrow();
        int group = List.copyOf(stage.runOrders()).indexOf(action.runOrder());
        var items = new ArrayList<MenuItem>(List.of(command(AppCommand.RENAME), command(AppCommand.DUPLICATE),
                submenu("ctx-change-provider", "Change Provider", "mdi2s-swap-horizontal",
                        spec -> ProviderMenus.changeProvider(edits, catalog, ref, spec)),
                new SeparatorMenuItem(),
                addAction("ctx-add-before", "Add Action Before", new Placement.NewGroup(ref.stage(), group)),
                addAction("ctx-add-after", "Add Action After", new Placement.NewGroup(ref.stage(), group + 1)),
                addAction("ctx-add-beside", "Add Action Beside (runs together)",
                        new Placement.InGroup(ref.stage(), action.runOrder())),
                new SeparatorMenuItem(), command(AppCommand.CUT), command(AppCommand.COPY),
                command(AppCommand.DELETE), new SeparatorMenuItem(), command(AppCommand.FAIL_IN_SIMULATION)));
        Optional<RunBadge> badge = Optional.ofNullable(canvas.getRunState().get(new CanvasItem.CardItem(ref)));
        if (badge.isPresent()) {
            items.add(new SeparatorMenuItem());
            items.add(item("ctx-show-log", "Show Log", "mdi2t-text-box-outline", () -> run.showLog(ref)));
            if (badge.get().status() == RunStatus.WAITING) {
                items.add(item("ctx-approve", "Approve", "mdi2c-check-circle-outline", () -> run.decide(ref, true)));
                items.add(item("ctx-reject", "Reject", "mdi2c-close-circle-outline", () -> run.decide(ref, false)));
            }
            if (badge.get().status() == RunStatus.FAILED) {
                items.add(command(AppCommand.RETRY_FAILED));
            }
        }
        return items;
    }

    private List<MenuItem> forStage(Pipeline pipeline, String stage) {
        int index = pipeline.stageIndex(stage);
        var items = new ArrayList<MenuItem>(List.of(command(AppCommand.RENAME), new SeparatorMenuItem(),
                item("ctx-add-stage-before", "Add Stage Before", "mdi2t-table-column-plus-before",
                        () -> edits.onDropProvider(Palette.STAGE, new Placement.NewStage(index))),
                item("ctx-add-stage-after", "Add Stage After", "mdi2t-table-column-plus-after",
                        () -> edits.onDropProvider(Palette.STAGE, new Placement.NewStage(index + 1))),
                addAction("ctx-add-to-stage", "Add Action",
                        new Placement.NewGroup(stage, pipeline.stages().get(index).runOrders().size()))));
        if (index > 0) {
            boolean closed = canvas.getDisabledTransitions().contains(stage);
            items.add(new SeparatorMenuItem());
            items.add(item("ctx-toggle-transition", closed ? "Enable the Transition Into " + stage
                            : "Disable the Transition Into " + stage, closed ? "mdi2l-lock-open-variant-outline"
                            : "mdi2l-lock-outline", () -> edits.onToggleTransition(stage)));
        }
        items.addAll(List.of(new SeparatorMenuItem(), command(AppCommand.PASTE), command(AppCommand.DELETE)));
        return items;
    }

    private List<MenuItem> forCanvas() {
        int stages = canvas.getPipeline().stages().size();
        return List.of(item("ctx-add-stage", "Add Stage", "mdi2t-table-column-plus-after",
                        () -> edits.onDropProvider(Palette.STAGE, new Placement.NewStage(stages))),
                command(AppCommand.PASTE), new SeparatorMenuItem(), command(AppCommand.FIT));
    }

    private Menu addAction(String id, String text, Placement where) {
        return submenu(id, text, "mdi2p-plus-box-outline", spec -> edits.onDropProvider(ProviderDrag.payload(spec), where));
    }

    private Menu submenu(String id, String text, String icon, Consumer<dev.pipewright.model.ProviderSpec> chosen) {
        var sub = new Menu(text, Icons.of(icon));
        sub.setId(id);
        sub.getItems().setAll(ProviderMenus.byCategory(catalog, id, chosen));
        return sub;
    }

    /** The command's own menu item: same text, icon, shortcut, enabled state and handler as in the menu bar. */
    private MenuItem command(AppCommand command) {
        MenuItem item = commands.contextMenu(List.of(command)).getItems().get(0);
        item.setId("ctx-" + command.id());
        return item;
    }

    private static MenuItem item(String id, String text, String icon, Runnable action) {
        var item = new MenuItem(text, Icons.of(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
