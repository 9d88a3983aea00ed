package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Pipeline;
import java.util.List;
import java.util.Objects;

/**
 * What an edit made: the new pipeline, the actions it created or moved (under their new names,
 * for the window to select), and notes in plain words about what it changed beyond the gesture
 * itself, such as an input link removed because its producer was deleted.
 */
public record EditResult(Pipeline pipeline, List<ActionRef> selection, List<String> notes) {

    public EditResult {
        Objects.requireNonNull(pipeline);
        selection = List.copyOf(selection);
        notes = List.copyOf(notes);
    }

    public static EditResult of(Pipeline pipeline) {
        return new EditResult(pipeline, List.of(), List.of());
    }

    EditResult withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        var all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new EditResult(pipeline, selection, all);
    }
}
