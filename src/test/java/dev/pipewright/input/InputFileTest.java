package dev.pipewright.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

    @TempDir
    Path folder;

    private static String refusal(Path file) {
        var e = assertThrows(UnreadableInputException.class, () -> InputFile.readText(file, "a pipeline file"));
        assertEquals(file.toString(), e.file());
        return e.problem().message();
    }

    /** A sparse file: as large as wanted on paper, nothing written on disk. */
    static Path sparse(Path file, long size) throws IOException {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() throws IOException {
        Path big = sparse(folder.resolve("big.pipeline.json"), 3L * 1024 * 1024 * 1024);
        String message = refusal(big);
        assertTrue(message.contains("32 MB") && message.contains("3,072 MB"), message);
        Path justOver = sparse(folder.resolve("over.pipeline.json"), InputFile.MAX_BYTES + 1);
        assertTrue(refusal(justOver).contains("more than the 32 MB"));
    }

    @Test
    void aFileAtTheLimitIsRead() throws Exception {
        Path atLimit = sparse(folder.resolve("at.pipeline.json"), InputFile.MAX_BYTES);
        assertEquals(InputFile.MAX_BYTES, InputFile.readText(atLimit, "a pipeline file").length());
    }

    @Test
    void aDeviceIsRefusedBeforeReading() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertTrue(refusal(zero).contains("not a regular file"));
    }

    @Test
    void aPipeIsRefusedInsteadOfWaitingForever() throws Exception {
        Path fifo = folder.resolve("fifo.pipeline.json");
        assumeTrue(mkfifo(fifo), "no mkfifo here");
        // without the check the read blocks for ever, as no one writes to the pipe
        String message = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusal(fifo));
        assertTrue(message.contains("not a regular file"), message);
    }

    @Test
    void aLoopOfSymbolicLinksIsNamedAsOne() throws IOException {
        Path a = folder.resolve("a.pipeline.json");
        Path b = folder.resolve("b.pipeline.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        String message = refusal(a);
        assertTrue(message.contains("symbolic links loop") && message.contains(b.toString()), message);
    }

    @Test
    void aLinkToNothingIsSaidSo() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("gone.pipeline.json"), folder.resolve("nothing.json"));
        assertTrue(refusal(link).contains("symbolic link to a file that does not exist"));
    }

    @Test
    void aFolderAndAMissingFileAreSaidInWords() {
        assertTrue(refusal(folder).contains("this is a folder, not a file; name a pipeline file"));
        assertTrue(refusal(folder.resolve("missing.json")).contains("there is no such file"));
    }

    @Test
    void badUtf8IsLocated() throws IOException {
        Path file = Files.write(folder.resolve("latin1.json"), new byte[] {'{', '\n', ' ', (byte) 0xE9, '}'});
        var e = assertThrows(UnreadableInputException.class, () -> InputFile.readText(file, "a file"));
        assertEquals(new InputPosition(2, 2), e.problem().position().orElseThrow());
        assertTrue(e.getMessage().startsWith(file + ":2:2: the file is not UTF-8 text (byte 0xE9 here)"), e.getMessage());
    }

    static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
