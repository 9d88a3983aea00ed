package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the content, not the file's permissions; a new file gets the usual ones. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private static void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file permissions are POSIX's");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        posixOnly();
        for (String mode : new String[] {"rw-r--r--", "rw-rw-r--", "rw-r-----", "rwxr-xr-x"}) {
            Path file = Files.writeString(dir.resolve("p-" + mode + ".json"), "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            AtomicFile.writeString(file, "new");
            assertEquals("new", Files.readString(file));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aNewFileGetsWhatAnyNewFileGetsHere() throws Exception {
        posixOnly();
        Path usual = Files.createFile(dir.resolve("made-by-java"));
        Path saved = dir.resolve("saved.json");
        AtomicFile.writeString(saved, "new");
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(saved));
        assertEquals(Files.getOwner(usual), Files.getOwner(saved));
    }

    @Test
    void nothingIsLeftBehindInTheFolder() throws Exception {
        Path file = dir.resolve("only.json");
        AtomicFile.writeString(file, "one");
        AtomicFile.writeString(file, "two");
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(file), files.toList());
        }
    }
}
