package dev.pipewright.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line index and the lines read through it, below the toolkit. */
class LogFileTest {

    @TempDir
    Path dir;

    private List<String> lines(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("log-" + System.nanoTime() + ".txt"), content);
        try (LogFile log = new LogFile(file)) {
            log.update(Long.MAX_VALUE);
            List<String> out = new ArrayList<>();
            for (long i = 0; i < log.lineCount(); i++) {
                out.add(log.line(i));
            }
            return out;
        }
    }

    @Test
    void linesEndedByLf() throws IOException {
        assertEquals(List.of("one", "", "three"), lines("one\n\nthree\n"));
    }

    @Test
    void linesEndedByCrLf() throws IOException {
        assertEquals(List.of("one", "", "three"), lines("one\r\n\r\nthree\r\n"));
    }

    @Test
    void aLastLineWithoutItsEndStillCounts() throws IOException {
        assertEquals(List.of("one", "two"), lines("one\ntwo"));
        assertEquals(List.of(""), lines("\n"));
    }

    @Test
    void anEmptyFileHasNoLines() throws IOException {
        assertEquals(List.of(), lines(""));
    }

    @Test
    void utf8IsDecoded() throws IOException {
        assertEquals(List.of("héllo wörld ✓", "日本"), lines("héllo wörld ✓\r\n日本\n"));
    }

    @Test
    void aVeryLongLineIsCutForDisplayWithAMarker() throws IOException {
        String longLine = "x".repeat(3 * LogFile.MAX_LINE_BYTES);
        List<String> shown = lines("before\n" + longLine + "\nafter\n");
        assertEquals(3, shown.size());
        assertEquals("before", shown.get(0));
        assertTrue(shown.get(1).startsWith("x".repeat(LogFile.MAX_LINE_BYTES) + " … [line truncated: "), shown.get(1));
        assertTrue(shown.get(1).contains(Integer.toString(longLine.length())), shown.get(1));
        assertEquals("after", shown.get(2));
    }

    @Test
    void appendedBytesAreIndexedIncrementallyEvenMidLine() throws IOException {
        Path file = Files.writeString(dir.resolve("grow.txt"), "first\npar");
        try (LogFile log = new LogFile(file)) {
            assertEquals(9, log.update(Long.MAX_VALUE));
            assertEquals(2, log.lineCount());
            assertEquals("par", log.line(1));
            Files.writeString(file, "tial\r\nlast", StandardOpenOption.APPEND);
            assertEquals(10, log.update(Long.MAX_VALUE), "only the new bytes are read");
            assertEquals(3, log.lineCount());
            assertEquals("partial", log.line(1));
            assertEquals("last", log.line(2));
            assertEquals(0, log.update(Long.MAX_VALUE));
        }
    }

    /** Many lines of random length, some long, written in random pieces: every line and offset agrees. */
    @Test
    void theIndexAgreesWithTheFileAcrossManyBlocks() throws IOException {
        Random random = new Random(42);
        List<String> expected = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(50) == 0 ? 40_000 + random.nextInt(1000) : random.nextInt(120);
            String line = i + ":" + "abcdefghij".repeat(length / 10 + 1).substring(0, length);
            expected.add(line);
            all.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("many.txt");
        Files.write(file, new byte[0]);
        try (LogFile log = new LogFile(file)) {
            for (int at = 0; at < bytes.length;) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(200_000));
                Files.write(file, java.util.Arrays.copyOfRange(bytes, at, at + n), StandardOpenOption.APPEND);
                log.update(Long.MAX_VALUE);
                at += n;
            }
            assertEquals(expected.size(), log.lineCount());
            long offset = 0;
            for (int i = 0; i < expected.size(); i++) {
                String line = expected.get(i);
                String shown = log.line(i);
                if (line.length() > LogFile.MAX_LINE_BYTES) {
                    assertTrue(shown.startsWith(line.substring(0, LogFile.MAX_LINE_BYTES)), "line " + i);
                } else {
                    assertEquals(line, shown, "line " + i);
                }
                assertEquals(offset, log.lineStart(i), "start of line " + i);
                assertEquals(i, log.lineAt(offset + line.length() / 2), "line at the middle of line " + i);
                offset += line.length() + (bytes[(int) (offset + line.length())] == '\r' ? 2 : 1);
            }
            assertTrue(log.index().checkpointCount() < expected.size() / 20, "a checkpoint per many lines");
        }
    }

    @Test
    void searchFindsMatchesForwardBackwardAndAcrossChunks() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            text.append("line ").append(i).append(" nothing here\n");
        }
        int marker = text.length();
        text.append("The NEEDLE is here\n");
        text.append("tail\n");
        Path file = Files.writeString(dir.resolve("search.txt"), text);
        LogSearch search = new LogSearch("needle");
        long size = Files.size(file);
        assertEquals(marker + 4, search.forward(file, 0, size, () -> false).orElseThrow());
        assertEquals(marker + 4, search.backward(file, 0, size, () -> false).orElseThrow());
        assertTrue(search.forward(file, marker + 5, size, () -> false).isEmpty());
        assertTrue(search.backward(file, 0, marker + 4, () -> false).isEmpty());
        assertTrue(new LogSearch("absent").forward(file, 0, size, () -> false).isEmpty());
    }
}
