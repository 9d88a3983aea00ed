package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.files.CopyReport;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {

    @TempDir
    Path tmp;

    @Test
    void resolvesPlainRelativePaths() throws Exception {
        assertEquals(tmp.resolve("a/b"), SafePaths.resolveInside(tmp, "a/./b"));
        assertEquals(tmp.resolve("b"), SafePaths.resolveInside(tmp, "a/../b"));
    }

    @Test
    void refusesDotDotEscape() {
        var e = assertThrows(UnsafePathException.class, () -> SafePaths.resolveInside(tmp, "a/../../etc"));
        assertTrue(e.getMessage().contains("'..'"), e.getMessage());
    }

    @Test
    void refusesAbsolutePaths() {
        var e = assertThrows(UnsafePathException.class, () -> SafePaths.resolveInside(tmp, "/etc/passwd"));
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
    }

    @Test
    void refusesSymlinkLeadingOutside() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        var e = assertThrows(UnsafePathException.class, () -> SafePaths.resolveInside(root, "link/file.txt"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void acceptsSymlinkStayingInside() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(root.resolve("real"));
        Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
        assertEquals(root.resolve("link/x"), SafePaths.resolveInside(root, "link/x"));
    }

    @Test
    void refusesBadArchiveEntryNames() throws Exception {
        assertThrows(UnsafePathException.class, () -> SafePaths.checkEntryName("../x"));
        assertThrows(UnsafePathException.class, () -> SafePaths.checkEntryName("a/../../x"));
        assertThrows(UnsafePathException.class, () -> SafePaths.checkEntryName("/etc/x"));
        assertThrows(UnsafePathException.class, () -> SafePaths.checkEntryName("C:\\x"));
        SafePaths.checkEntryName("a/b..c/d");
    }

    @Test
    void copyKeepsInsideLinksAndLeavesOutOutsideLinks() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from"));
        Path outside = TestFiles.write(tmp, "secret.txt", "secret");
        TestFiles.write(from, "dir/a.txt", "a");
        Files.createSymbolicLink(from.resolve("inside-link"), from.resolve("dir/a.txt"));
        Files.createSymbolicLink(from.resolve("outside-link"), outside);
        Path to = tmp.resolve("to");

        CopyReport report = FolderCopy.copy(from, to);

        assertEquals(1, report.files());
        assertEquals(1, report.links());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).contains("outside-link"));
        assertTrue(Files.isSymbolicLink(to.resolve("inside-link")));
        assertEquals("a", Files.readString(to.resolve("inside-link")));
        assertEquals(to.resolve("dir/a.txt").toRealPath(), to.resolve("inside-link").toRealPath());
        assertTrue(Files.notExists(to.resolve("outside-link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void copyNeverWritesThroughALinkInTheTarget() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from"));
        TestFiles.write(from, "sub/a.txt", "a");
        Path to = Files.createDirectories(tmp.resolve("to"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(to.resolve("sub"), elsewhere);

        assertThrows(UnsafePathException.class, () -> FolderCopy.copy(from, to));
        assertTrue(Files.notExists(elsewhere.resolve("a.txt")));
    }

    @Test
    void copyIntoItsOwnSubfolderDoesNotRecurse() throws Exception {
        Path from = Files.createDirectories(tmp.resolve("from"));
        TestFiles.write(from, "a.txt", "a");
        Path to = from.resolve("copy");

        CopyReport report = FolderCopy.copy(from, to);

        assertEquals(1, report.files());
        assertTrue(Files.notExists(to.resolve("copy")));
    }
}
