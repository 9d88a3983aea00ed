package dev.pipewright.ui;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.ui.state.WindowState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The window's title, from its state: the file's name, a • for unsaved edits, a waiting gate first. */
final class WindowTitle {

    private WindowTitle() {
    }

    static StringBinding of(WindowState state) {
        return Bindings.createStringBinding(() -> {
            var pipeline = state.pipelineProperty().get();
            if (pipeline == null) {
                return "Pipewright";
            }
            String name = state.fileProperty().get().map(f -> f.getFileName().toString())
                    .orElse(pipeline.name() + " (not saved yet)");
            boolean waiting = state.executionProperty().get().map(r -> r.stages().stream()
                    .flatMap(s -> s.actions().stream()).anyMatch(a -> a.status() == ActionStatus.WAITING)).orElse(false);
            return (waiting ? "⏸ Approval needed · " : "") + (state.dirtyProperty().get() ? "• " : "") + name
                    + " — Pipewright";
        }, state.pipelineProperty(), state.fileProperty(), state.dirtyProperty(), state.executionProperty());
    }
}
