package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.edit.Document;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.state.WindowState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Validates the open pipeline whenever it changes (an edit, undo, redo, open, reload, a save under
 * another name) and puts what it found into the window's state, with a summary in the status
 * line. The views showing problems follow the state.
 */
final class LiveValidation {

    private final WindowState state;
    private final Providers providers;
    /** What was validated last: the same document, pipeline and file again is not validated twice. */
    private Document document;
    private Pipeline pipeline;
    private Optional<Path> file;

    private LiveValidation(WindowState state, Providers providers) {
        this.state = state;
        this.providers = providers;
    }

    /** Validates now, and again at every change of the state's document, pipeline or file. */
    static void follow(WindowState state, Providers providers) {
        var validation = new LiveValidation(state, providers);
        state.documentProperty().addListener((o, was, now) -> validation.validate());
        state.pipelineProperty().addListener((o, was, now) -> validation.validate());
        state.fileProperty().addListener((o, was, now) -> validation.validate());
        validation.validate();
    }

    private void validate() {
        Document doc = state.documentProperty().get();
        if (doc != null && doc == document && doc.current() == pipeline && doc.file().equals(file)) {
            return;
        }
        document = doc;
        if (doc == null) {
            pipeline = null;
            file = Optional.empty();
            state.validated(List.of());
            state.statusProperty().set("Open or create a pipeline to start.");
            return;
        }
        pipeline = doc.current();
        file = doc.file();
        // with a file, its folder is known: deploy targets outside it are warned about, as by validate
        List<Problem> found = file.map(f -> PipelineValidator.validate(pipeline, providers,
                f.toAbsolutePath().getParent())).orElseGet(() -> PipelineValidator.validate(pipeline, providers));
        state.validated(found);
        long errors = found.stream().filter(Problem::isError).count();
        int actions = pipeline.stages().stream().mapToInt(s -> s.actions().size()).sum();
        state.statusProperty().set(count(pipeline.stages().size(), "stage") + ", " + count(actions, "action") + " · "
                + (errors == 0 ? "no errors" : errors + (errors == 1 ? " error" : " errors"))
                + doc.history().undoDescription().map(d -> " · last change: " + d).orElse(""));
    }

    /** "1 stage", "2 stages", "0 stages". */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
