package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFilesOnDiskTest {

    @TempDir
    Path folder;

    static FileError onlyError(Path file) {
        var e = assertThrows(PipelineFileException.class, () -> PipelineFiles.read(file));
        assertEquals(1, e.errors().size(), e::getMessage);
        assertEquals(file.toString(), e.errors().get(0).file());
        return e.errors().get(0);
    }

    @Test
    void savesAndReadsBack() throws Exception {
        Path file = folder.resolve("app.pipeline.json");
        PipelineFiles.save(Samples.rich(), file);
        assertEquals(Samples.rich(), PipelineFiles.read(file));
        assertEquals(PipelineFiles.write(Samples.rich()), Files.readString(file));
        assertEquals(file.toString(), PipelineFiles.load(file).file());
    }

    @Test
    void aMissingFileAndAFolderAreSaidInWords() {
        assertTrue(onlyError(folder.resolve("nope.pipeline.json")).message().contains("no such file"));
        assertTrue(onlyError(folder).message().contains("is a folder"));
    }

    @Test
    void anEmptyFileIsSaidInWords() throws IOException {
        Path file = Files.writeString(folder.resolve("empty.pipeline.json"), "");
        assertTrue(onlyError(file).message().contains("the file is empty"));
    }

    @Test
    void nonUtf8TextIsLocated() throws IOException {
        byte[] latin1 = "{\n  \"schemaVersion\": 1, \"pipeline\": {\"name\": \"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("latin1.pipeline.json"), latin1);
        FileError error = onlyError(file);
        assertTrue(error.message().contains("not UTF-8") && error.message().contains("0xE9"), error.message());
        assertEquals(2, error.position().orElseThrow().line());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = Files.writeString(folder.resolve("bom.pipeline.json"), "\uFEFF" + PipelineFiles.write(Samples.rich()));
        assertEquals(Samples.rich(), PipelineFiles.read(file));
    }

    @Test
    void anUnreadableFileIsSaidInWords() throws IOException {
        Path file = Files.writeString(folder.resolve("locked.pipeline.json"), "{}");
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "cannot take read permission away here (running as root)");
        assertTrue(onlyError(file).message().contains("permission denied"));
    }

    @Test
    void aFailedSaveLeavesTheTargetAndNoTemporaryFile() throws IOException {
        // a folder standing where the file should go makes the final rename fail
        Path target = Files.createDirectory(folder.resolve("app.pipeline.json"));
        Files.writeString(target.resolve("inside.txt"), "keep me");
        assertThrows(IOException.class, () -> PipelineFiles.save(Samples.rich(), target));
        assertTrue(Files.isDirectory(target));
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void aSaveReplacesTheOldContentWhole() throws IOException {
        Path file = Files.writeString(folder.resolve("data.json"), "old content that is longer than the new");
        AtomicFile.write(file, new byte[] {'n', 'e', 'w'});
        assertArrayEquals(new byte[] {'n', 'e', 'w'}, Files.readAllBytes(file));
        AtomicFile.writeString(file, "caf\u00e9");
        assertEquals("caf\u00e9", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(Optional.of(file), files.findFirst());
        }
    }

    @Test
    void aSaveIntoAMissingFolderFailsWithoutCreatingIt() {
        Path target = folder.resolve("missing").resolve("x.json");
        assertThrows(IOException.class, () -> AtomicFile.writeString(target, "x"));
        assertTrue(Files.notExists(target.getParent()));
    }
}
