package dev.pipewright.ui;

import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.learn.LessonWriter;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.ui.state.WindowState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export Lesson: the open pipeline and one of its executions (the one on screen, else the
 * newest) as one HTML page for a class, which opens in a browser with no network.
 */
final class LessonExport {

    private final Window owner;
    private final WindowState state;
    private final Path runsDir;
    private final ProviderCatalog catalog;

    LessonExport(Window owner, WindowState state, Path runsDir, ProviderCatalog catalog) {
        this.owner = owner;
        this.state = state;
        this.runsDir = runsDir;
        this.catalog = catalog;
    }

    /** Asks where, then writes the lesson there. */
    void chooseAndExport() {
        Optional<ExecutionRecord> execution = execution();
        if (state.document().isEmpty()) {
            return;
        }
        if (execution.isEmpty()) {
            Dialogs.error(owner, "No execution to make a lesson of",
                    "A lesson shows the pipeline and how one of its executions went. Run it (F5) or simulate it "
                            + "(F6) first, then export the lesson.");
            return;
        }
        var chooser = new FileChooser();
        chooser.setTitle("Export a lesson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Web page", "*.html"));
        chooser.setInitialFileName(state.document().get().current().name() + "-lesson.html");
        state.document().get().file().map(Path::getParent).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        var chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            exportTo(chosen.toPath());
        }
    }

    /** Writes the lesson of the execution on screen (else the newest) to {@code output}; false when it cannot. */
    boolean exportTo(Path output) {
        Optional<ExecutionRecord> execution = execution();
        Optional<Pipeline> design = state.document().map(d -> d.current());
        if (execution.isEmpty() || design.isEmpty()) {
            state.statusProperty().set("No execution of this pipeline yet: run or simulate it, then export the lesson.");
            return false;
        }
        ExecutionRecord record = execution.get();
        try {
            ExecutionFolder folder = new ExecutionStore(runsDir).find(record.executionId());
            LessonWriter.write(LessonWriter.pipelineOf(folder, design.get()), record, folder, catalog, output);
            state.statusProperty().set("Exported the lesson of execution " + record.executionId() + " to " + output
                    + "; it opens in any browser, without a network.");
            return true;
        } catch (IOException | IllegalArgumentException e) {
            Dialogs.error(owner, "Cannot export the lesson", "Writing " + output + " failed: " + e.getMessage()
                    + "\n\nChoose a folder you can write to, and try again.");
            return false;
        }
    }

    /** The execution on screen, else the newest of the open pipeline. */
    private Optional<ExecutionRecord> execution() {
        return state.executionProperty().get().or(() -> state.document().flatMap(d ->
                new ExecutionStore(runsDir).history(Optional.of(d.current().name())).stream().findFirst()));
    }
}
