package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * One action's log, read from its file as it grows. Only the rows on screen exist and the lines
 * they show are read in the background, so a log of any size costs a small index and a few cached
 * blocks. The window calls {@link #refresh()} at most once per frame while a run streams; a poll
 * every 100 ms catches growth it is not told about. New lines show at most ten times a second.
 */
public final class LogView extends BorderPane {

    /** Bigger logs are not offered whole to the clipboard. */
    static final long COPY_ALL_LIMIT = 10L * 1024 * 1024;
    private static final long SHOW_EVERY_NANOS = 100_000_000L;
    /** More selected lines than this are not copied. */
    static final int COPY_LINES_LIMIT = 100_000;
    private static final String STYLESHEET = Objects.requireNonNull(
            LogView.class.getResource("/dev/pipewright/ui/logs.css")).toExternalForm();

    private final Consumer<Path> openRawFile;
    private final Label title = new Label();
    private final TextField searchField = new TextField();
    private final Label searchStatus = new Label();
    private final ToggleButton follow = new ToggleButton("Follow", icon("mdi2a-arrow-collapse-down"));
    private final Button copyAll = new Button("Copy all", icon("mdi2c-content-copy"));
    private final StackPane copyAllHolder = new StackPane(copyAll); // a disabled button shows no tooltip
    private final Button openRaw = new Button("Open raw file", icon("mdi2o-open-in-new"));
    private final Label status = new Label();
    private final LogLines list;
    private final ReadOnlyIntegerWrapper lineCount = new ReadOnlyIntegerWrapper(this, "lineCount");
    private final Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> refresh()));
    private final LogFind find;

    private LogFeed feed;
    /** The log file to show once it exists. */
    private Path awaited;
    private long shownBytes;
    private long lastShownNanos;
    private boolean growthPending;
    private Tooltip copyAllTip;
    private boolean copyAllTooBig;

    /** @param openRawFile opens a log file outside the app (the window passes HostServices' showDocument) */
    public LogView(Consumer<Path> openRawFile) {
        this.openRawFile = Objects.requireNonNull(openRawFile);
        this.list = new LogLines(this::cachedLine, this::highlighted, this::shown);
        this.find = new LogFind(searchField, searchStatus, list, () -> feed == null ? null : feed.file());
        build();
        layoutParts();
        bind();
        clear();
    }

    private void build() {
        getStyleClass().add("log-view");
        getStylesheets().add(STYLESHEET);
        title.getStyleClass().add("log-title");
        searchField.setId("log-search");
        searchField.setPromptText("Find (Enter: next, Shift+Enter: previous)");
        searchField.getStyleClass().add("log-search");
        searchStatus.setId("log-search-status");
        searchStatus.getStyleClass().add("log-search-status");
        follow.setId("log-follow");
        follow.setTooltip(new Tooltip("Keep the last line in view as the log grows"));
        copyAll.setId("log-copy-all");
        openRaw.setId("log-open-raw");
        openRaw.setTooltip(new Tooltip("Open the log file in the system's viewer"));
        status.setId("log-status");
        status.getStyleClass().add("log-status");
        poll.setCycleCount(Animation.INDEFINITE);
    }

    private void layoutParts() {
        Button previous = iconButton("mdi2c-chevron-up", "Previous match", "log-find-previous");
        Button next = iconButton("mdi2c-chevron-down", "Next match", "log-find-next");
        previous.setOnAction(e -> find.find(false));
        next.setOnAction(e -> find.find(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, searchField, previous, next, searchStatus, follow, copyAllHolder, openRaw);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-toolbar");
        setTop(bar);
        setCenter(list);
        setBottom(status);
    }

    private static Button iconButton(String icon, String tip, String id) {
        Button button = new Button(null, icon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private void bind() {
        follow.selectedProperty().bindBidirectional(list.followTail);
        searchField.setOnAction(e -> find.find(true));
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                find.find(false);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                find.cancel();
            }
        });
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (copy.match(e)) {
                copySelection();
                e.consume();
            }
        });
        copyAll.setOnAction(e -> copyAll());
        openRaw.setOnAction(e -> file().ifPresent(openRawFile));
    }

    /** Shows {@code logFile} from its first line (following its end), reading it in the background. */
    public void show(Path logFile, String title) {
        clear();
        this.title.setText(title);
        list.followTail.set(true);
        awaited = logFile;
        poll.play();
        tryOpen();
    }

    // an action that has not started has no log file yet: wait for it, looking at each poll
    private void tryOpen() {
        Path logFile = awaited;
        if (!Files.exists(logFile)) {
            status.setText("No output yet: the action has not started.");
            return;
        }
        awaited = null;
        try {
            feed = new LogFeed(logFile, Platform::runLater, this::grown, this::failed);
        } catch (IOException e) {
            failed("Cannot open " + logFile + ": " + e.getMessage());
            return;
        }
        status.setText("");
        openRaw.setDisable(false);
        feed.poll();
    }

    /** Shows nothing and lets go of the file. */
    public void clear() {
        poll.stop();
        awaited = null;
        if (feed != null) {
            feed.close();
            feed = null;
        }
        find.cancel();
        list.reset();
        lineCount.set(0);
        shownBytes = 0;
        lastShownNanos = 0;
        growthPending = false;
        title.setText("");
        status.setText("");
        openRaw.setDisable(true);
        updateCopyAll(0);
    }

    /** Reads what the file gained since the last look, in the background; cheap enough for every frame. */
    public void refresh() {
        if (awaited != null) {
            tryOpen();
        }
        if (growthPending) {
            grown();
        }
        if (feed != null) {
            feed.poll();
        }
    }

    public Optional<Path> file() {
        return feed == null ? Optional.empty() : Optional.of(feed.file().path());
    }

    /** On by default; off once the person scrolls up, on again when they scroll to the end. */
    public BooleanProperty followTailProperty() {
        return list.followTail;
    }

    /** Lines shown so far (the last one may still be growing). */
    public ReadOnlyIntegerProperty lineCountProperty() {
        return lineCount.getReadOnlyProperty();
    }

    LogFile source() {
        return feed == null ? null : feed.file();
    }

    LogLines list() {
        return list;
    }

    private String highlighted() {
        return find.highlighted();
    }

    private String cachedLine(int line) {
        return feed == null ? "" : feed.file().cachedLine(line);
    }

    // the lines on screen are read in the background; file reads on this thread stall every frame of a flood
    private void shown(int first, int last) {
        if (feed != null && !feed.file().isCached(first, last)) {
            feed.load(first, last, list::refresh);
        }
    }

    private String lineText(int line) {
        return feed == null ? "" : feed.file().line(line);
    }

    private void grown() {
        if (feed == null) {
            return;
        }
        // ten times a second is as live as anyone can read; more only costs painting while a flood runs
        long now = System.nanoTime();
        if (now - lastShownNanos < SHOW_EVERY_NANOS) {
            growthPending = true;
            return;
        }
        lastShownNanos = now;
        growthPending = false;
        LogFile log = feed.file();
        long bytes = log.index().indexedBytes();
        if (bytes == shownBytes) {
            return;
        }
        shownBytes = bytes;
        int before = list.lineCount();
        int count = (int) Math.min(Integer.MAX_VALUE, log.lineCount());
        list.setGutterDigits(Integer.toString(count).length());
        if (before > 0) {
            // the line that was last may have been cut off mid-write; same index, new text
            list.reload(before - 1);
        }
        list.setLineCount(count);
        lineCount.set(count);
        status.setText(String.format(Locale.ROOT, "%,d %s · %s", count, count == 1 ? "line" : "lines", size(bytes)));
        updateCopyAll(bytes);
    }

    private void failed(String message) {
        status.setText("⚠ " + message);
        poll.stop();
    }

    private void updateCopyAll(long bytes) {
        boolean tooBig = bytes > COPY_ALL_LIMIT;
        boolean disable = bytes == 0 || tooBig;
        if (copyAllTip != null && disable == copyAll.isDisable() && tooBig == copyAllTooBig) {
            return; // a new tooltip every frame of a flood is garbage for nothing
        }
        copyAllTooBig = tooBig;
        copyAll.setDisable(disable);
        if (copyAllTip != null) {
            Tooltip.uninstall(copyAllHolder, copyAllTip);
        }
        copyAllTip = new Tooltip(tooBig
                ? "This log is over " + size(COPY_ALL_LIMIT) + ", too big for the clipboard: use Open raw file"
                : "Copy the whole log");
        Tooltip.install(copyAllHolder, copyAllTip);
    }

    private void copySelection() {
        Optional<int[]> range = list.selectedRange();
        if (feed == null || range.isEmpty()) {
            return;
        }
        int first = range.get()[0];
        int last = range.get()[1];
        int lines = last - first + 1;
        if (lines > COPY_LINES_LIMIT) {
            status.setText(String.format(Locale.ROOT, "%,d lines selected: more than %,d are not copied; use Open raw file",
                    lines, COPY_LINES_LIMIT));
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(lineText(i)).append('\n');
        }
        putOnClipboard(text.toString());
    }

    private void copyAll() {
        Optional<Path> path = file();
        if (path.isEmpty()) {
            return;
        }
        try {
            if (Files.size(path.get()) <= COPY_ALL_LIMIT) {
                putOnClipboard(new String(Files.readAllBytes(path.get()), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            status.setText("⚠ Cannot read " + path.get() + ": " + e.getMessage());
        }
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** An icon as the window's {@code Icons} makes it (this package does not reach back into the window's). */
    private static org.kordamp.ikonli.javafx.FontIcon icon(String literal) {
        var icon = new org.kordamp.ikonli.javafx.FontIcon(literal);
        icon.getStyleClass().add("pw-icon");
        return icon;
    }
}
