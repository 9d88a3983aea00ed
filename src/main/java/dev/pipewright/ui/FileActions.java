package dev.pipewright.ui;

import dev.pipewright.edit.Document;
import dev.pipewright.io.FileError;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.render.PipelineImage;
import dev.pipewright.ui.state.WindowState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * New, Open, Save, Save As, Close, Export as Image, recent files, and watching the open file for
 * changes made elsewhere. Nothing is lost without asking: unsaved edits prompt first.
 */
final class FileActions {

    private static final FileChooser.ExtensionFilter PIPELINES =
            new FileChooser.ExtensionFilter("Pipelines (*.pipeline.json)", "*.pipeline.json", "*.json");

    private final WindowHost window;
    private final WindowState state;
    private final dev.pipewright.actions.Providers providers;
    private final UserSettings settings;
    private final Timeline watch;
    private boolean askedAboutChange;

    FileActions(WindowHost window, WindowState state, dev.pipewright.actions.Providers providers, UserSettings settings) {
        this.window = window;
        this.state = state;
        this.providers = providers;
        this.settings = settings;
        // checkDisk may ask (showAndWait), which JavaFX refuses inside an animation's handler: run it after
        this.watch = new Timeline(new KeyFrame(Duration.seconds(2), e -> Platform.runLater(this::checkDisk)));
        watch.setCycleCount(Timeline.INDEFINITE);
        // watch only while the window is up: a closed window must not raise dialogs later
        window.stage().showingProperty().addListener((o, was, showing) -> {
            if (showing && window.ownsStage()) {
                watch.play();
            } else {
                watch.stop();
            }
        });
    }

    void newPipeline() {
        if (mayDiscard("creating a new pipeline")) {
            window.setDocument(Document.create("my-pipeline"));
        }
    }

    void chooseAndOpen() {
        var chooser = new FileChooser();
        chooser.setTitle("Open a pipeline");
        chooser.getExtensionFilters().add(PIPELINES);
        settings.recentFiles().stream().findFirst().map(Path::getParent).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        var file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            open(file.toPath());
        }
    }

    void open(Path file) {
        if (!mayDiscard("opening " + file.getFileName())) {
            return;
        }
        try {
            Document doc = Document.open(file);
            settings.addRecent(file);
            askedAboutChange = false;
            window.setDocument(doc);
            status("Opened " + file.toAbsolutePath());
        } catch (PipelineFileException e) {
            Dialogs.error(window.stage(), "Cannot open " + file.getFileName(), e.errors().stream()
                    .map(FileError::toString).collect(Collectors.joining("\n"))
                    + "\n\nFix the file in a text editor (each line says where), then open it again.");
        }
    }

    void save() {
        state.document().ifPresent(doc -> {
            if (doc.file().isEmpty()) {
                saveAs();
                return;
            }
            try {
                boolean trusted = settings.trustsAsItIs(doc.file().get());
                doc.save();
                if (trusted) {
                    settings.trustAsItIs(doc.file().get()); // the person's own edit of a file they let run
                }
                settings.addRecent(doc.file().get());
                state.documentChanged();
                status("Saved " + doc.file().get());
            } catch (IOException e) {
                Dialogs.error(window.stage(), "Cannot save " + doc.file().get().getFileName(), e.getMessage()
                        + "\n\nThe file on disk is unchanged. Check that the folder exists and can be written, "
                        + "or use Save As to choose another place.");
            }
        });
    }

    void saveAs() {
        state.document().ifPresent(doc -> {
            var chooser = new FileChooser();
            chooser.setTitle("Save the pipeline as");
            chooser.getExtensionFilters().add(PIPELINES);
            chooser.setInitialFileName(doc.current().name() + ".pipeline.json");
            // an imported pipeline is saved next to the file it came from, unless the person says otherwise
            doc.file().or(doc::importedFrom).map(Path::getParent).map(Path::toFile).filter(java.io.File::isDirectory)
                    .ifPresent(chooser::setInitialDirectory);
            var chosen = chooser.showSaveDialog(window.stage());
            if (chosen == null) {
                return;
            }
            Path file = chosen.toPath();
            if (!file.getFileName().toString().endsWith(".json")) {
                file = file.resolveSibling(file.getFileName() + ".pipeline.json");
            }
            try {
                // made here, or a copy of a file they let run: the person's own (an import is not)
                boolean trusted = doc.file().map(settings::trustsAsItIs).orElse(doc.importedFrom().isEmpty());
                doc.saveAs(file);
                if (trusted) {
                    settings.trustAsItIs(file);
                }
                settings.addRecent(file);
                state.documentChanged();
                status("Saved " + file);
            } catch (IOException e) {
                Dialogs.error(window.stage(), "Cannot save " + file.getFileName(), e.getMessage());
            }
        });
    }

    void close() {
        if (mayDiscard("closing it")) {
            window.setDocument(null);
        }
    }

    void exportImage() {
        state.document().ifPresent(doc -> {
            var chooser = new FileChooser();
            chooser.setTitle("Export the diagram");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                    new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
            chooser.setInitialFileName(doc.current().name() + ".png");
            var chosen = chooser.showSaveDialog(window.stage());
            if (chosen == null) {
                return;
            }
            try {
                var written = PipelineImage.write(doc.current(), chosen.toPath(), settings.darkTheme(), providers, 2);
                status("Exported " + chosen + (written.scaledDown()
                        ? String.format(java.util.Locale.ROOT, " at scale %.2f (%,d × %,d pixels): larger would not fit"
                                + " in one picture; an SVG has every detail", written.scale(), written.width(),
                                written.height())
                        : ""));
            } catch (IOException | IllegalArgumentException e) {
                Dialogs.error(window.stage(), "Cannot export " + chosen.getName(), e.getMessage());
            }
        });
    }

    private void status(String text) {
        state.statusProperty().set(text);
    }

    /** Whether the open document may be replaced: not dirty, saved now, or the user lets it go. */
    boolean mayDiscard(String action) {
        var doc = state.document();
        if (doc.isEmpty() || !doc.get().isDirty()) {
            return true;
        }
        String name = doc.get().file().map(f -> f.getFileName().toString()).orElse(doc.get().current().name());
        return switch (Dialogs.askToSave(window.stage(), name, action)) {
            case SAVE -> {
                save();
                yield !doc.get().isDirty();
            }
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The open file changed on disk: reload it, asking first when that would lose edits. */
    private void checkDisk() {
        if (!window.stage().isShowing() || !window.ownsStage()) {
            watch.stop(); // closed, or its stage shows another window now: never ask about an old file
            return;
        }
        state.document().filter(Document::changedOnDisk).ifPresent(doc -> {
            String name = doc.file().map(f -> f.getFileName().toString()).orElse("the file");
            if (!doc.isDirty()) {
                reload(doc, name);
            } else if (!askedAboutChange) {
                askedAboutChange = true;
                if (Dialogs.confirm(window.stage(), name + " changed on disk",
                        "Another program changed it. Reload it and lose your unsaved changes here?", "Reload")) {
                    reload(doc, name);
                }
            }
        });
    }

    private void reload(Document doc, String name) {
        try {
            doc.reload();
            askedAboutChange = false;
            state.documentChanged();
            status("Reloaded " + name + ": it changed on disk.");
        } catch (PipelineFileException e) {
            askedAboutChange = true;
            status(name + " changed on disk but cannot be read now: " + e.errors().get(0));
        }
    }
}
