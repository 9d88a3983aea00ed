package dev.pipewright.ui.canvas;

import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.PipelineLayout;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * What is selected, as an observable set of items; each selected node shows {@code :selected}.
 * Items that leave the pipeline leave the selection with it.
 */
final class CanvasSelection {

    private final ObservableSet<CanvasItem> items = FXCollections.observableSet(new LinkedHashSet<>());
    private final CanvasSync sync;

    CanvasSelection(CanvasSync sync) {
        this.sync = sync;
        items.addListener((SetChangeListener<CanvasItem>) change -> {
            if (change.wasAdded()) {
                mark(change.getElementAdded(), true);
            }
            if (change.wasRemoved()) {
                mark(change.getElementRemoved(), false);
            }
        });
    }

    ObservableSet<CanvasItem> items() {
        return items;
    }

    boolean contains(CanvasItem item) {
        return items.contains(item);
    }

    void selectOnly(CanvasItem item) {
        items.retainAll(List.of(item));
        items.add(item);
    }

    void toggle(CanvasItem item) {
        if (!items.remove(item)) {
            items.add(item);
        }
    }

    void replace(Collection<? extends CanvasItem> next) {
        items.retainAll(next);
        items.addAll(next);
    }

    void clear() {
        items.clear();
    }

    /** The selected cards in the order they appear on the canvas. */
    List<ActionRef> cards(PipelineLayout layout) {
        return layout.cards().stream().map(c -> c.ref())
                .filter(ref -> items.contains(new CanvasItem.CardItem(ref))).toList();
    }

    /** After an update: drop items that are gone and mark the fresh nodes of those that stayed. */
    void refresh() {
        items.removeIf(item -> sync.node(item).isEmpty());
        for (CanvasItem item : items) {
            mark(item, true);
        }
    }

    private void mark(CanvasItem item, boolean selected) {
        sync.node(item).ifPresent(n -> n.pseudoClassStateChanged(CanvasStates.SELECTED, selected));
    }

    static List<CanvasItem> all(PipelineLayout layout) {
        return layout.cards().stream().map(c -> (CanvasItem) new CanvasItem.CardItem(c.ref())).toList();
    }

    static LinkedHashSet<CanvasItem> copy(Collection<CanvasItem> items) {
        return new LinkedHashSet<>(items);
    }
}
