package dev.pipewright.ui;

import dev.pipewright.edit.Document;
import dev.pipewright.ui.state.WindowState;
import dev.pipewright.interop.ExportTargets;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.Interop;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.SourceFile;
import dev.pipewright.io.AtomicFile;
import dev.pipewright.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.FileChooser;

/**
 * File → Import and File → Export: another CI system's file becomes a new, unsaved pipeline in
 * the window; the open pipeline becomes that system's files. Each ends with the report of what
 * did not carry over. The file choosers are only in the {@code choose…} methods, so that tests
 * (and drops, later) can hand a path straight to {@link #importFile} and {@link #exportTo}.
 */
final class InteropActions {

    private final WindowHost window;
    private final WindowState state;
    private final FileActions files;
    private final UserSettings settings;

    InteropActions(WindowHost window, WindowState state, FileActions files, UserSettings settings) {
        this.window = window;
        this.state = state;
        this.files = files;
        this.settings = settings;
    }

    // --- import ---

    void chooseAndImport(InteropFormat format) {
        var chooser = new FileChooser();
        chooser.setTitle("Import " + format.displayName());
        chooser.getExtensionFilters().addAll(filter(InteropFileKinds.of(format)), filter(InteropFileKinds.ANY_FILE));
        InteropFileKinds.importFolder(format, nearFolder()).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        var chosen = chooser.showOpenDialog(window.stage());
        if (chosen != null) {
            importFile(chosen.toPath(), format);
        }
    }

    /**
     * Imports {@code file} as {@code format} and opens the result as a new unsaved pipeline, then
     * shows the report. When the file cannot be imported, says why; the open pipeline is untouched.
     */
    boolean importFile(Path file, InteropFormat format) {
        Imported imported;
        try {
            imported = Interop.importer(format).read(SourceFile.read(file), file.getFileName().toString());
        } catch (InteropException e) {
            Dialogs.error(window.stage(), "Cannot import " + file.getFileName() + " as " + format.displayName(),
                    e.getMessage() + "\n\nNothing was changed in the window. Check that this is "
                            + article(format) + " file (or choose another kind under File → Import).");
            return false;
        } catch (RuntimeException e) {
            // an importer's bug must not take the window down, nor show the person a stack trace
            Dialogs.error(window.stage(), "Cannot import " + file.getFileName(), "The " + format.displayName()
                    + " import stopped unexpectedly on this file (" + e + ").\n\nNothing was changed in the window. "
                    + "Please report this with the file, if you may share it.");
            return false;
        }
        if (!files.mayDiscard("importing " + file.getFileName())) {
            return false;
        }
        window.setDocument(Document.imported(imported.pipeline(), file));
        state.statusProperty().set("Imported " + file.toAbsolutePath() + " (" + format.displayName()
                + "); not saved yet: Save asks where.");
        InteropReportDialog.show(window.stage(), "Imported " + file.getFileName() + " from " + format.displayName(),
                List.of(), imported.report());
        return true;
    }

    // --- export ---

    void chooseAndExport(InteropFormat format) {
        var doc = state.document();
        if (doc.isEmpty() || !mayExport(format)) {
            return;
        }
        var suggestion = InteropFileKinds.exportTarget(format, doc.get().current().name(), nearFolder());
        var chooser = new FileChooser();
        chooser.setTitle("Export to " + format.displayName());
        chooser.getExtensionFilters().addAll(filter(InteropFileKinds.of(format)), filter(InteropFileKinds.ANY_FILE));
        chooser.setInitialFileName(suggestion.fileName());
        suggestion.folder().map(Path::toFile).filter(java.io.File::isDirectory).ifPresent(chooser::setInitialDirectory);
        var chosen = chooser.showSaveDialog(window.stage());
        if (chosen != null) {
            exportTo(format, chosen.toPath());
        }
    }

    /**
     * Exports the open pipeline to {@code format}: the main file at {@code mainFile}, the others
     * (buildspecs) next to it, each written atomically; asks before replacing any file; then
     * shows the files written and the report. A pipeline with errors is not exported.
     */
    boolean exportTo(InteropFormat format, Path mainFile) {
        var doc = state.document();
        if (doc.isEmpty() || !mayExport(format)) {
            return false;
        }
        Exported exported;
        try {
            exported = Interop.exporter(format).write(doc.get().current());
        } catch (InteropException e) {
            Dialogs.error(window.stage(), "Cannot export to " + format.displayName(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            Dialogs.error(window.stage(), "Cannot export to " + format.displayName(), "The export stopped "
                    + "unexpectedly (" + e + "). No file was written. Please report this with the pipeline file.");
            return false;
        }
        ExportTargets targets = ExportTargets.of(exported, mainFile);
        List<Path> existing = targets.existing();
        if (!existing.isEmpty() && !Dialogs.confirm(window.stage(),
                existing.size() == 1 ? existing.get(0).getFileName() + " exists already"
                        : existing.size() + " of the files exist already",
                "Replace them with this export?\n\n" + existing.stream().map(Path::toString)
                        .collect(Collectors.joining("\n")), "Replace")) {
            state.statusProperty().set("Not exported: nothing was replaced.");
            return false;
        }
        var written = new ArrayList<Path>();
        for (var target : targets.files()) {
            try {
                Files.createDirectories(target.path().toAbsolutePath().getParent());
                AtomicFile.writeString(target.path(), target.text());
                written.add(target.path());
            } catch (IOException e) {
                Dialogs.error(window.stage(), "Cannot write " + target.path().getFileName(), target.path() + ": "
                        + e + "\n\n" + (written.isEmpty() ? "No file was written." : "Written before this one: "
                        + written.stream().map(Path::toString).collect(Collectors.joining(", ")) + ".")
                        + " Choose a folder you can write to and export again.");
                return false;
            }
        }
        state.statusProperty().set("Exported " + doc.get().current().name() + " to " + format.displayName() + ": "
                + mainFile.toAbsolutePath());
        InteropReportDialog.show(window.stage(), "Exported " + doc.get().current().name() + " to "
                + format.displayName(), written, exported.report());
        return true;
    }

    /** Errors block an export as they block a run; a format not in this build says so before any chooser. */
    private boolean mayExport(InteropFormat format) {
        long errors = state.problemsProperty().get().stream().filter(Problem::isError).count();
        if (errors > 0) {
            state.shownTabProperty().set(WindowState.PROBLEMS_TAB);
            Dialogs.error(window.stage(), "Fix the errors before exporting", "This pipeline has " + errors
                    + (errors == 1 ? " error" : " errors") + ", listed in the Problems panel; "
                    + format.displayName() + " would refuse it as it is. Fix "
                    + (errors == 1 ? "it" : "them") + ", then export again.");
            return false;
        }
        try {
            Interop.exporter(format);
            return true;
        } catch (InteropException e) {
            Dialogs.error(window.stage(), "Cannot export to " + format.displayName(), e.getMessage());
            return false;
        }
    }

    /** The folder the choosers start in: the open pipeline's, the imported file's, or the last file's. */
    private Optional<Path> nearFolder() {
        return state.document().flatMap(d -> d.file().or(d::importedFrom)).map(Path::getParent)
                .or(() -> settings.recentFiles().stream().findFirst().map(Path::getParent))
                .filter(Files::isDirectory);
    }

    private static FileChooser.ExtensionFilter filter(InteropFileKinds.Kind kind) {
        return new FileChooser.ExtensionFilter(kind.description(), kind.patterns());
    }

    private static String article(InteropFormat format) {
        return switch (format) {
            case CODEPIPELINE -> "an AWS CodePipeline declaration (JSON, as 'aws codepipeline get-pipeline' writes)";
            case GITHUB -> "a GitHub Actions workflow";
            case GITLAB -> "a GitLab CI";
        };
    }
}
