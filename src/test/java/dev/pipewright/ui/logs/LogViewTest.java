package dev.pipewright.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.ui.Theme;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The log panel in a real (headless) window: growth, following the tail, search, a big file. */
@ExtendWith(ApplicationExtension.class)
class LogViewTest {

    @TempDir
    Path dir;

    private LogView view;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Theme.apply(false);
        view = new LogView(opened::add);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::clear);
    }

    /** Writes lines "line 1" .. "line n" (1-based, like the gutter) with a fast buffered stream. */
    private static void writeLines(Path file, int from, int to, StandardOpenOption... options) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, options), 1 << 16)) {
            for (int i = from; i <= to; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private void waitForLines(int count, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> view.lineCountProperty().get() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int lastVisibleLine() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.list().lastVisibleLine()).get();
    }

    private String shownText(int index) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.list().visibleRow(index).orElseThrow().shownText()).get();
    }

    @Test
    void aGrowingFileShowsTheAppendedLinesAfterRefresh(FxRobot robot) throws Exception {
        Path file = dir.resolve("grow.log");
        writeLines(file, 1, 100, StandardOpenOption.CREATE_NEW);
        robot.interact(() -> view.show(file, "Build / Shell"));
        waitForLines(100, 5);
        Files.writeString(file, "half a li", StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(101, 5);
        assertEquals("half a li", shownText(100));
        Files.writeString(file, "ne\n", StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "half a line".equals(shownText(100)));
        assertEquals(101, view.lineCountProperty().get(), "the cut-off line is read again, not added");
        writeLines(file, 102, 150, StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(150, 5);
        assertEquals("line 150", shownText(149));
        assertEquals(149, lastVisibleLine(), "following keeps the last line in view");
        robot.clickOn("#log-open-raw");
        assertEquals(List.of(file), opened);
    }

    @Test
    void aLogThatDoesNotExistYetIsShownOnceItsActionStartsWritingIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("later.log");
        robot.interact(() -> view.show(file, "Deploy / Later"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No output yet: the action has not started.", robot.lookup("#log-status").<Label>query().getText());
        writeLines(file, 1, 3, StandardOpenOption.CREATE_NEW);
        waitForLines(3, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "line 3".equals(shownText(2)));
        assertEquals(List.of(), opened);
        robot.clickOn("#log-open-raw");
        assertEquals(List.of(file), opened, "the raw file can be opened once it exists");
    }

    @Test
    void clickAndShiftClickSelectARangeThatCopyPutsOnTheClipboard(FxRobot robot) throws Exception {
        Path file = dir.resolve("select.log");
        writeLines(file, 1, 30, StandardOpenOption.CREATE_NEW);
        robot.interact(() -> view.show(file, "select"));
        waitForLines(30, 5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "line 3".equals(shownText(2)));
        robot.clickOn(view.list().visibleRow(2).orElseThrow());
        robot.press(KeyCode.SHIFT).clickOn(view.list().visibleRow(5).orElseThrow()).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertEquals("line 3\nline 4\nline 5\nline 6\n", copied);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> view.list().visibleRow(4).orElseThrow()
                .getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"))).get(),
                "a line inside the range is marked selected");

        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertEquals("line 7\n", WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(), "Down moves to the next line");
    }

    @Test
    void aMillionMoreLinesAddNoNodes(FxRobot robot) throws Exception {
        Path file = dir.resolve("nodes.log");
        writeLines(file, 1, 100, StandardOpenOption.CREATE_NEW);
        robot.interact(() -> view.show(file, "nodes"));
        waitForLines(100, 5);
        int before = WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".log-line").size()).get();
        writeLines(file, 101, 1_000_100, StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(1_000_100, 10);
        int after = WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".log-line").size()).get();
        assertEquals(before, after, "rows are a fixed pool, whatever the length of the log");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "line 1000100".equals(shownText(1_000_099)));
    }

    @Test
    void followingKeepsTheLastLineVisibleUntilThePersonScrollsUp(FxRobot robot) throws Exception {
        Path file = dir.resolve("follow.log");
        writeLines(file, 1, 5_000, StandardOpenOption.CREATE_NEW);
        robot.interact(() -> view.show(file, "follow"));
        waitForLines(5_000, 5);
        assertTrue(view.followTailProperty().get());
        assertEquals(4_999, lastVisibleLine());
        writeLines(file, 5_001, 6_000, StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(6_000, 5);
        assertEquals(5_999, lastVisibleLine());

        // Monocle's robot sends no wheel events; paging up with the keyboard is the same intent
        robot.clickOn("#log-lines").type(KeyCode.PAGE_UP, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.followTailProperty().get(), "scrolling up stops following");
        int shown = lastVisibleLine();
        assertTrue(shown < 5_999, "scrolled up to " + shown);
        writeLines(file, 6_001, 7_000, StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(7_000, 5);
        assertEquals(shown, lastVisibleLine(), "the view stays where the person left it");

        robot.clickOn("#log-lines").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.followTailProperty().get(), "back at the end, following again");
        writeLines(file, 7_001, 7_500, StandardOpenOption.APPEND);
        robot.interact(view::refresh);
        waitForLines(7_500, 5);
        assertEquals(7_499, lastVisibleLine());
    }

    @Test
    void searchFindsALineFarDownA50MegabyteLogAndScrollsToIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("search.log");
        int lines = 2_500_000; // ~20 bytes a line: about 50 MB
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 1; i <= lines; i++) {
                out.write(("log line " + i + " ok\n").getBytes(StandardCharsets.US_ASCII));
                if (i == 2_400_000) {
                    out.write("ERROR: the needle\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        assertTrue(Files.size(file) > 45_000_000L, "size " + Files.size(file));
        robot.interact(() -> view.show(file, "big"));
        waitForLines(lines + 1, 10);

        robot.clickOn("#log-search").write("the NEEDLE").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> view.list().selectedLine() == 2_400_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Line 2,400,001", robot.lookup("#log-search-status").<Label>query().getText());
        assertFalse(view.followTailProperty().get(), "a match stops following");
        int last = lastVisibleLine();
        assertTrue(last >= 2_400_000 && last < 2_400_100, "the match is in view: " + last);
        String match = WaitForAsyncUtils.asyncFx(() -> view.list().visibleRow(2_400_000).orElseThrow()
                .lookup(".log-match") instanceof Label l ? l.getText() : null).get();
        assertEquals("the needle", match, "the match is marked in its line");

        robot.clickOn("#log-search").eraseText(10).write("nowhere to be seen").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#log-search-status").<Label>query().getText().startsWith("Not found"));
        assertTrue(robot.lookup("#log-copy-all").query().isDisabled(), "a 50 MB log is not copied whole");
    }

    @Test
    void a200MegabyteLogIsIndexedInASmallFractionOfItsSize(FxRobot robot) throws Exception {
        Path file = dir.resolve("huge.log");
        byte[] line = "2026-11-29T10:00:00Z [INFO] compiling module some/long/path/Example.java ok\n"
                .getBytes(StandardCharsets.US_ASCII);
        long target = 200L * 1024 * 1024;
        int lines = (int) (target / line.length);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        }
        robot.interact(() -> view.show(file, "huge"));
        waitForLines(lines, 10);
        long size = Files.size(file);
        long index = view.source().index().footprintBytes();
        assertTrue(index * 100 < size, "index " + index + " bytes for a " + size + "-byte file");
        assertEquals(lines - 1, lastVisibleLine());
    }
}
