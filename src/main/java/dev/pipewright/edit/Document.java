package dev.pipewright.edit;

import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The pipeline open in the window: where it lives on disk (nowhere yet for a new one), its edit
 * history, whether it has unsaved changes, and whether someone else changed the file meanwhile.
 */
public final class Document {

    private Optional<Path> file;
    private final EditHistory history;
    /** The file's modification time when last read or written by us. */
    private Optional<FileTime> knownModified;
    /** The other CI system's file this pipeline was imported from, if it was: Save suggests its folder. */
    private Optional<Path> importedFrom = Optional.empty();

    private Document(Optional<Path> file, Pipeline pipeline, Optional<FileTime> knownModified) {
        this.file = file;
        this.history = new EditHistory(pipeline);
        this.knownModified = knownModified;
    }

    /**
     * A pipeline just imported from {@code source} (a CodePipeline declaration, a workflow): new
     * and unsaved, like {@link #create}, since the source is another system's file, not ours to
     * overwrite.
     */
    public static Document imported(Pipeline pipeline, Path source) {
        var doc = new Document(Optional.empty(), pipeline, Optional.empty());
        doc.importedFrom = Optional.of(source.toAbsolutePath());
        return doc;
    }

    public Optional<Path> importedFrom() {
        return importedFrom;
    }

    /** Opens a pipeline file; the errors say file, line and column. */
    public static Document open(Path file) throws PipelineFileException {
        Path path = file.toAbsolutePath();
        Optional<FileTime> modified = modifiedTime(path);
        Pipeline pipeline = PipelineFiles.read(path);
        return new Document(Optional.of(path), pipeline, modified);
    }

    /**
     * A new, unsaved pipeline with no stages. That is not yet a valid pipeline (the problems panel
     * says to add a stage), but any stage made up here would be invalid too, being empty, and
     * would be in the way: the first drop from the palette creates the first stage.
     */
    public static Document create(String name) {
        Names.require(name, NameRule.NAME, "pipeline name");
        return new Document(Optional.empty(), Pipeline.of(name), Optional.empty());
    }

    public Optional<Path> file() {
        return file;
    }

    public EditHistory history() {
        return history;
    }

    public Pipeline current() {
        return history.current();
    }

    /** Unsaved changes; a new document counts as dirty once edited. */
    public boolean isDirty() {
        return history.isDirty();
    }

    /** Saves to the file it came from or was last saved as; a new document needs {@link #saveAs}. */
    public void save() throws IOException {
        saveAs(file.orElseThrow(() -> new IllegalStateException("this pipeline has no file yet; use saveAs")));
    }

    /** Writes the pipeline atomically to {@code target}, which becomes the document's file. */
    public void saveAs(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        PipelineFiles.save(current(), path);
        file = Optional.of(path);
        knownModified = modifiedTime(path);
        history.markSaved();
    }

    /**
     * Whether the file on disk was changed (or deleted) by someone else since we last read or
     * wrote it. A new document never has.
     */
    public boolean changedOnDisk() {
        if (file.isEmpty()) {
            return false;
        }
        return !modifiedTime(file.get()).equals(knownModified);
    }

    /**
     * Reads the file again and makes it the current pipeline, as one undoable step ("Reload from
     * disk"), so edits it replaces can still be brought back with undo. Returns whether there
     * were unsaved edits, for the window to have asked first.
     */
    public boolean reload() throws PipelineFileException {
        Path path = file.orElseThrow(() -> new IllegalStateException("this pipeline has no file to reload"));
        boolean hadEdits = isDirty();
        Optional<FileTime> modified = modifiedTime(path);
        Pipeline fromDisk = PipelineFiles.read(path);
        history.apply("Reload from disk", p -> fromDisk);
        knownModified = modified;
        history.markSaved();
        return hadEdits;
    }

    private static Optional<FileTime> modifiedTime(Path path) {
        try {
            return Optional.of(Files.getLastModifiedTime(Objects.requireNonNull(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
