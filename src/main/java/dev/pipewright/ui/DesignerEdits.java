package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Clipboard;
import dev.pipewright.edit.EditResult;
import dev.pipewright.edit.PipelineEdits;
import dev.pipewright.model.Placement;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.CanvasListener;
import dev.pipewright.ui.canvas.Nudge;
import dev.pipewright.ui.state.WindowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.input.ClipboardContent;

/**
 * Turns what a person does on the canvas, the palette and the inspector into edits of the open
 * document: one gesture, one entry in its history. A refused edit changes nothing and says why in
 * the status bar.
 */
final class DesignerEdits implements CanvasListener, Inspector.Edits {

    private final WindowState state;
    /** Selects exactly these items (on the canvas): an edit selects what it made or renamed. */
    private final java.util.function.Consumer<List<? extends CanvasItem>> select;
    private final PipelineEdits edits;
    private java.util.function.Consumer<String> toggleTransition = stage -> { };
    /** The pipeline the last field edit made: a next edit of that field continues it while it is current. */
    private Pipeline lastFieldEdit;

    DesignerEdits(WindowState state, Providers providers, java.util.function.Consumer<List<? extends CanvasItem>> select) {
        this.state = state;
        this.select = select;
        this.edits = new PipelineEdits(providers);
    }

    void onToggleTransition(java.util.function.Consumer<String> handler) {
        this.toggleTransition = handler;
    }

    @Override
    public void onToggleTransition(String stage) {
        toggleTransition.accept(stage);
    }

    Optional<String> canConnect(ActionRef from, ActionRef to) {
        return state.document().flatMap(d -> edits.canConnect(d.current(), from, to));
    }

    // --- gestures ---

    /** Double-click in the palette: add after the selected stage's last group, or as a new last stage. */
    void addFromPalette(String payload) {
        state.document().ifPresent(doc -> {
            Pipeline p = doc.current();
            Placement placement = selectedStage().filter(s -> p.stage(s).isPresent())
                    .<Placement>map(s -> new Placement.NewGroup(s, p.stage(s).get().runOrders().size()))
                    .orElse(new Placement.NewStage(p.stages().size()));
            onDropProvider(payload, placement);
        });
    }

    @Override
    public void onDropProvider(String payload, Placement placement) {
        if (payload.equals(Palette.STAGE)) {
            int index = placement instanceof Placement.NewStage at ? at.index() : stageCount();
            int before = stageCount();
            apply("Add a stage", p -> edits.addStage(p, index));
            // the new stage is selected, so the inspector shows it and F2 renames it
            state.document().map(d -> d.current().stages()).filter(stages -> stages.size() > before)
                    .ifPresent(stages -> select.accept(List.of(new CanvasItem.StageItem(stages.get(index).name()))));
            return;
        }
        int slash = payload.indexOf('/');
        Optional<ActionCategory> category = ActionCategory.fromName(payload.substring(0, Math.max(0, slash)));
        if (slash < 0 || category.isEmpty()) {
            status("Nothing to add: the drop held '" + payload + "'.");
            return;
        }
        String provider = payload.substring(slash + 1);
        perform("Add " + provider, p -> edits.addAction(p, category.get(), provider, placement));
    }

    @Override
    public void onMove(List<ActionRef> actions, Placement placement) {
        perform(actions.size() == 1 ? "Move " + actions.get(0).action() : "Move " + actions.size() + " actions",
                p -> edits.moveActions(p, actions, placement));
    }

    @Override
    public void onMoveStage(String stage, int index) {
        perform("Move stage " + stage, p -> edits.moveStage(p, stage, index));
    }

    @Override
    public void onConnect(ActionRef from, ActionRef to) {
        perform("Connect " + from.action() + " to " + to.action(), p -> edits.connect(p, from, to));
    }

    @Override
    public void onDeleteConnection(String artifact, ActionRef consumer) {
        apply("Disconnect " + artifact + " from " + consumer.action(), p -> edits.disconnect(p, artifact, consumer));
    }

    @Override
    public void onRename(CanvasItem item, String newName) {
        if (item instanceof CanvasItem.StageItem stage) {
            renameStage(stage.stage(), newName);
        } else if (item instanceof CanvasItem.CardItem card) {
            renameAction(card.ref(), newName);
        }
    }

    /**
     * Delete: the same from the key, the menu, the toolbar and a context menu. Any mix of stages,
     * cards and connections goes in one edit, so one undo brings all of it back.
     */
    @Override
    public void onDelete(List<CanvasItem> items) {
        var actions = new ArrayList<ActionRef>();
        var stages = new ArrayList<String>();
        var connections = new ArrayList<CanvasItem.ConnectionItem>();
        for (CanvasItem item : items) {
            if (item instanceof CanvasItem.CardItem card) {
                actions.add(card.ref());
            } else if (item instanceof CanvasItem.StageItem stage) {
                stages.add(stage.stage());
            } else if (item instanceof CanvasItem.ConnectionItem connection) {
                connections.add(connection);
            }
        }
        if (actions.isEmpty() && stages.isEmpty() && connections.isEmpty()) {
            return;
        }
        String what = items.size() == 1 ? (connections.size() == 1
                ? "Disconnect " + connections.get(0).artifact() + " from " + connections.get(0).consumer().action()
                : "Delete " + name(items.get(0))) : "Delete " + items.size() + " items";
        perform(what, p -> {
            Pipeline result = p;
            var notes = new ArrayList<String>();
            for (CanvasItem.ConnectionItem c : connections) {
                // a connection into an action or stage deleted too goes with it
                if (!actions.contains(c.consumer()) && !stages.contains(c.consumer().stage())) {
                    result = edits.disconnect(result, c.artifact(), c.consumer());
                }
            }
            var remaining = actions.stream().filter(a -> !stages.contains(a.stage())).toList();
            if (!remaining.isEmpty()) {
                EditResult r = edits.deleteActions(result, remaining);
                result = r.pipeline();
                notes.addAll(r.notes());
            }
            for (String stage : stages) {
                EditResult r = edits.deleteStage(result, stage);
                result = r.pipeline();
                notes.addAll(r.notes());
            }
            return new EditResult(result, List.of(), notes);
        });
    }

    @Override
    public void onNudge(List<CanvasItem> items, Nudge direction) {
        var cards = items.stream().filter(CanvasItem.CardItem.class::isInstance)
                .map(i -> ((CanvasItem.CardItem) i).ref()).toList();
        if (cards.size() != 1) {
            return;
        }
        ActionRef ref = cards.get(0);
        state.document().ifPresent(doc -> {
            Pipeline p = doc.current();
            var stage = p.stage(ref.stage()).orElseThrow();
            int runOrder = stage.action(ref.action()).orElseThrow().runOrder();
            var orders = new ArrayList<>(stage.runOrders());
            int group = orders.indexOf(runOrder);
            int stageIndex = p.stageIndex(ref.stage());
            Placement target = switch (direction) {
                case LEFT -> group > 0 ? new Placement.NewGroup(ref.stage(), group)
                        : stageIndex > 0 ? new Placement.NewGroup(p.stages().get(stageIndex - 1).name(),
                        p.stages().get(stageIndex - 1).runOrders().size()) : null;
                case RIGHT -> group < orders.size() - 1 ? new Placement.NewGroup(ref.stage(), group + 2)
                        : stageIndex < p.stages().size() - 1
                        ? new Placement.NewGroup(p.stages().get(stageIndex + 1).name(), 0) : null;
                case UP, DOWN -> null; // order within a group has no meaning: they run together
            };
            if (target != null) {
                onMove(List.of(ref), target);
            }
        });
    }

    // --- edit menu ---

    void copy() {
        var refs = selectedActions();
        state.document().filter(d -> !refs.isEmpty()).ifPresent(doc -> {
            var content = new ClipboardContent();
            content.putString(Clipboard.copy(doc.current(), refs));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            status("Copied " + refs.size() + (refs.size() == 1 ? " action." : " actions."));
        });
    }

    void cut() {
        copy();
        onDelete(List.copyOf(state.selectionProperty().get()));
    }

    void paste() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        if (text == null || !Clipboard.holdsActions(text)) {
            status("The clipboard holds no Pipewright actions.");
            return;
        }
        state.document().ifPresent(doc -> {
            Pipeline p = doc.current();
            Placement placement = selectedStage().filter(s -> p.stage(s).isPresent())
                    .<Placement>map(s -> new Placement.NewGroup(s, p.stage(s).get().runOrders().size()))
                    .orElse(new Placement.NewStage(p.stages().size()));
            perform("Paste", q -> Clipboard.paste(q, text, placement));
        });
    }

    void duplicate() {
        var refs = selectedActions();
        if (!refs.isEmpty()) {
            perform("Duplicate", p -> edits.duplicate(p, refs));
        }
    }

    void deleteSelection() {
        onDelete(List.copyOf(state.selectionProperty().get()));
    }

    // --- inspector ---

    @Override
    public void renamePipeline(String name) {
        applyField("Rename the pipeline", p -> edits.setName(p, name));
    }

    @Override
    public void setPipelineDescription(String description) {
        applyField("Change the description", p -> edits.setDescription(p,
                Optional.of(description.strip()).filter(s -> !s.isEmpty())));
    }

    @Override
    public void setExecutionMode(ExecutionMode mode) {
        apply("Set execution mode " + mode, p -> edits.setExecutionMode(p, mode));
    }

    @Override
    public void renameStage(String stage, String newName) {
        if (!newName.equals(stage)) {
            apply("Rename stage " + stage + " to " + newName, p -> edits.renameStage(p, stage, newName));
            select.accept(List.of(new CanvasItem.StageItem(newName)));
        }
    }

    @Override
    public void renameAction(ActionRef action, String newName) {
        if (!newName.equals(action.action())) {
            apply("Rename " + action.action() + " to " + newName, p -> edits.renameAction(p, action, newName));
            select.accept(List.of(new CanvasItem.CardItem(new ActionRef(action.stage(), newName))));
        }
    }

    @Override
    public void setNamespace(ActionRef action, Optional<String> namespace) {
        // through the edit layer, which also rewrites #{Old.X} references to the new namespace
        applyField("Set namespace of " + action.action(), p -> edits.setNamespace(p, action, namespace));
    }

    @Override
    public void setTimeout(ActionRef action, String minutes) {
        Optional<java.math.BigDecimal> value;
        try {
            value = minutes.isBlank() ? Optional.empty() : Optional.of(new java.math.BigDecimal(minutes.strip()));
        } catch (NumberFormatException e) {
            status("'" + minutes.strip() + "' is not a number of minutes; the timeout is unchanged.");
            return;
        }
        applyField("Set timeout of " + action.action(), p -> edits.setTimeout(p, action, value));
    }

    @Override
    public void setSetting(ActionRef action, String key, String label, Optional<ConfigValue> value) {
        applyField("Change " + label + " of " + action.action(), p -> value.isPresent()
                ? edits.setSetting(p, action, key, value.get()) : edits.removeSetting(p, action, key));
    }

    // --- plumbing ---

    private void status(String text) {
        state.statusProperty().set(text);
    }

    @Override
    public void applyField(String description, UnaryOperator<Pipeline> edit) {
        performField(description, p -> new EditResult(edit.apply(p), List.of(), List.of()));
    }

    @Override
    public void performField(String description, Function<Pipeline, EditResult> edit) {
        state.document().ifPresent(doc -> {
            var history = doc.history();
            boolean continuing = lastFieldEdit != null && history.current() == lastFieldEdit
                    && history.undoDescription().equals(Optional.of(description));
            try {
                if (continuing) {
                    history.undo();
                }
                EditResult result = history.perform(description, edit);
                if (!result.notes().isEmpty()) {
                    status(String.join(" ", result.notes()));
                }
            } catch (IllegalArgumentException refused) {
                if (continuing) {
                    history.redo();
                }
                status(refused.getMessage());
                return;
            }
            lastFieldEdit = history.current();
        });
    }

    @Override
    public void apply(String description, UnaryOperator<Pipeline> edit) {
        state.document().ifPresent(doc -> {
            try {
                doc.history().apply(description, edit);
            } catch (IllegalArgumentException refused) {
                status(refused.getMessage());
            }
        });
    }

    @Override
    public void perform(String description, Function<Pipeline, EditResult> edit) {
        state.document().ifPresent(doc -> {
            try {
                EditResult result = doc.history().perform(description, edit);
                if (!result.selection().isEmpty()) {
                    select.accept(result.selection().stream().map(CanvasItem.CardItem::new).toList());
                }
                if (!result.notes().isEmpty()) {
                    status(String.join(" ", result.notes()));
                }
            } catch (IllegalArgumentException refused) {
                status(refused.getMessage());
            }
        });
    }

    private List<ActionRef> selectedActions() {
        return state.selectionProperty().get().stream().filter(CanvasItem.CardItem.class::isInstance)
                .map(i -> ((CanvasItem.CardItem) i).ref()).toList();
    }

    private Optional<String> selectedStage() {
        for (CanvasItem item : state.selectionProperty().get()) {
            if (item instanceof CanvasItem.StageItem s) {
                return Optional.of(s.stage());
            }
            if (item instanceof CanvasItem.CardItem c) {
                return Optional.of(c.ref().stage());
            }
        }
        return Optional.empty();
    }

    private int stageCount() {
        return state.document().map(d -> d.current().stages().size()).orElse(0);
    }

    private static String name(CanvasItem item) {
        if (item instanceof CanvasItem.StageItem s) {
            return "stage " + s.stage();
        }
        if (item instanceof CanvasItem.CardItem c) {
            return c.ref().action();
        }
        return "connection";
    }
}
