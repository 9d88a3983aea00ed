package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTest {

    @TempDir
    Path dir;

    @Test
    void newSaveAsOpenRoundTrip() throws Exception {
        Document doc = Document.create("demo");
        assertEquals(Optional.empty(), doc.file());
        assertFalse(doc.isDirty());
        assertThrows(IllegalStateException.class, doc::save);
        doc.history().perform("Add Shell", p -> DesignerScenarioTest.dropShell(p, new Placement.NewStage(0), "make"));
        assertTrue(doc.isDirty());
        Path file = dir.resolve("demo.pipeline.json");
        doc.saveAs(file);
        assertFalse(doc.isDirty());
        assertFalse(doc.changedOnDisk());
        assertEquals(doc.current(), Document.open(file).current());
        assertThrows(IllegalArgumentException.class, () -> Document.create("my pipeline"));
    }

    @Test
    void noticesAndReloadsAChangeOnDisk() throws Exception {
        Path file = dir.resolve("demo.pipeline.json");
        PipelineFiles.save(Fixtures.pipeline(), file);
        Document doc = Document.open(file);
        doc.history().apply("Rename", p -> p.withName("mine"));
        PipelineFiles.save(Fixtures.pipeline().withName("theirs"), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(doc.changedOnDisk());
        assertTrue(doc.reload(), "unsaved edits were replaced");
        assertEquals("theirs", doc.current().name());
        assertFalse(doc.isDirty());
        assertFalse(doc.changedOnDisk());
        assertEquals("mine", doc.history().undo().name(), "the replaced edits come back with undo");
    }

    @Test
    void openReportsFileErrors() throws Exception {
        Path file = dir.resolve("broken.pipeline.json");
        Files.writeString(file, "{ not json");
        var e = assertThrows(PipelineFileException.class, () -> Document.open(file));
        assertTrue(e.getMessage().contains("broken.pipeline.json"), e.getMessage());
    }
}
