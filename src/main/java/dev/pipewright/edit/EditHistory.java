package dev.pipewright.edit;

import dev.pipewright.model.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Undo and redo, one entry per gesture. The model is immutable, so an entry is simply the
 * pipeline before and after, with words for the menu ("Undo Move Shell2 to stage Test"). Not
 * thread-safe: the window uses it from its own thread.
 */
public final class EditHistory {

    /** The default number of steps kept; the oldest goes first. */
    public static final int DEFAULT_LIMIT = 500;

    private record Entry(String description, Pipeline before, Pipeline after) {
    }

    private final int limit;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Consumer<Pipeline>> listeners = new CopyOnWriteArrayList<>();
    private Pipeline current;
    /** How many entries are applied; entries from here on can be redone. */
    private int applied;
    /** The value of {@code applied} when last saved; negative when that state is no longer reachable. */
    private int savedAt;

    public EditHistory(Pipeline initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public EditHistory(Pipeline initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1");
        }
        this.current = Objects.requireNonNull(initial);
        this.limit = limit;
    }

    public Pipeline current() {
        return current;
    }

    /**
     * Applies one gesture. An edit that throws records nothing and leaves the pipeline as it was;
     * one that changes nothing records nothing either. Redo steps are dropped.
     */
    public Pipeline apply(String description, UnaryOperator<Pipeline> edit) {
        commit(description, edit.apply(current));
        return current;
    }

    /** As {@link #apply}, for edits that report what they created and changed. */
    public EditResult perform(String description, Function<Pipeline, EditResult> edit) {
        EditResult result = edit.apply(current);
        commit(description, result.pipeline());
        return result;
    }

    private void commit(String description, Pipeline after) {
        Objects.requireNonNull(description);
        Objects.requireNonNull(after, "an edit returned no pipeline");
        if (after.equals(current)) {
            return;
        }
        if (savedAt > applied) {
            savedAt = -1;
        }
        entries.subList(applied, entries.size()).clear();
        entries.add(new Entry(description, current, after));
        applied++;
        if (entries.size() > limit) {
            entries.remove(0);
            applied--;
            savedAt--;
        }
        current = after;
        fire();
    }

    public boolean canUndo() {
        return applied > 0;
    }

    public boolean canRedo() {
        return applied < entries.size();
    }

    /** What undo would take back, for the menu item. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(entries.get(applied - 1).description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(entries.get(applied).description()) : Optional.empty();
    }

    /** Takes back the last gesture; does nothing when there is none. */
    public Pipeline undo() {
        if (canUndo()) {
            applied--;
            current = entries.get(applied).before();
            fire();
        }
        return current;
    }

    public Pipeline redo() {
        if (canRedo()) {
            current = entries.get(applied).after();
            applied++;
            fire();
        }
        return current;
    }

    /** Whether the pipeline differs from the last saved (or opened) one, as far as history knows. */
    public boolean isDirty() {
        return savedAt != applied;
    }

    /** The current pipeline is the one on disk now. */
    public void markSaved() {
        boolean changed = isDirty();
        savedAt = applied;
        if (changed) {
            fire();
        }
    }

    /**
     * Called with the current pipeline after every change of it or of {@link #isDirty()}, on the
     * thread that made the change.
     */
    public void addListener(Consumer<Pipeline> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<Pipeline> listener) {
        listeners.remove(listener);
    }

    public int limit() {
        return limit;
    }

    private void fire() {
        listeners.forEach(l -> l.accept(current));
    }
}
