package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One action's log, read from its file as it grows: only the lines in view are read (through a
 * line index and a small cache), so a gigabyte log scrolls as easily as a short one. Follows the
 * end while output arrives, until the user scrolls up; search, copy, open the raw file.
 */
public final class LogView extends BorderPane {

    private static final int MAX_LINE_CHARS = 2_000;
    private static final int CACHE_LINES = 2_000;

    private Lines lines = new Lines();
    private final ListView<Integer> list = new ListView<>(lines);
    private final Label title = new Label("Select an action on the canvas to see its log.");
    private final ToggleButton follow = new ToggleButton("Follow");
    private final TextField search = new TextField();
    private final Label searchResult = new Label();
    private final Map<Integer, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE_LINES;
        }
    };
    private Consumer<Path> openRaw = p -> { };
    private Path file;
    private FileChannel channel;
    private LineIndex index = new LineIndex();

    public LogView() {
        setId("log-view");
        getStyleClass().add("log-view");
        list.getStyleClass().add("log-lines");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setFixedCellSize(20);
        list.setCellFactory(l -> new LineCell());
        follow.setSelected(true);
        follow.setId("log-follow");
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                follow.setSelected(false); // the user is reading back: stop jumping to the end
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
                e.consume();
            } else if (e.getCode() == KeyCode.END) {
                follow.setSelected(true);
            } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.HOME) {
                follow.setSelected(false);
            }
        });
        follow.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                scrollToEnd();
            }
        });
        search.setPromptText("Find in log (Enter)");
        search.setId("log-search");
        search.setOnAction(e -> findNext());
        var copy = new Button("Copy");
        copy.setOnAction(e -> copySelection());
        var raw = new Button("Open raw file");
        raw.setOnAction(e -> {
            if (file != null) {
                openRaw.accept(file);
            }
        });
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        var bar = new HBox(8, title, searchResult, search, follow, copy, raw);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("log-bar");
        setTop(bar);
        setCenter(list);
    }

    public void setOpenRawFile(Consumer<Path> opener) {
        this.openRaw = opener;
    }

    /** Shows {@code logFile} (which may not exist yet: the action has not started). */
    public void show(Path logFile, String heading) {
        if (logFile.equals(file)) {
            refresh();
            return;
        }
        closeChannel();
        file = logFile;
        index = new LineIndex();
        cache.clear();
        title.setText(heading);
        searchResult.setText("");
        follow.setSelected(true);
        lines = new Lines(); // a fresh list: no change event for the old file's lines
        list.setItems(lines);
        refresh();
    }

    public void clear() {
        closeChannel();
        file = null;
        index = new LineIndex();
        cache.clear();
        lines = new Lines();
        list.setItems(lines);
        title.setText("Select an action on the canvas to see its log.");
    }

    /** Reads what the file gained since the last look; cheap when nothing changed. Call once per frame at most. */
    public void refresh() {
        if (file == null) {
            return;
        }
        try {
            if (channel == null) {
                if (!Files.exists(file)) {
                    return;
                }
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            int before = index.lineCount();
            if (index.update(channel)) {
                cache.remove(before - 1); // the last line may have grown
                lines.resize(index.lineCount());
                if (follow.isSelected()) {
                    scrollToEnd();
                }
            }
        } catch (IOException e) {
            title.setText("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** How many lines are indexed (for tests and the status line). */
    public int lineCount() {
        return index.lineCount();
    }

    boolean isFollowing() {
        return follow.isSelected();
    }

    long indexFootprint() {
        return index.footprintBytes();
    }

    private void scrollToEnd() {
        if (!lines.isEmpty()) {
            list.scrollTo(lines.size() - 1);
        }
    }

    String lineText(int line) {
        return cache.computeIfAbsent(line, this::readLine);
    }

    private String readLine(int line) {
        if (channel == null || line >= index.lineCount()) {
            return "";
        }
        long start = index.start(line);
        long end = index.end(line);
        int length = (int) Math.min(end - start, MAX_LINE_CHARS * 4L);
        var bytes = ByteBuffer.allocate(length);
        try {
            channel.read(bytes, start);
        } catch (IOException e) {
            return "";
        }
        String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > MAX_LINE_CHARS || end - start > length) {
            text = text.substring(0, Math.min(text.length(), MAX_LINE_CHARS)) + " … (line cut at "
                    + MAX_LINE_CHARS + " characters; the raw file has it whole)";
        }
        return text;
    }

    private void copySelection() {
        var selected = list.getSelectionModel().getSelectedIndices();
        if (selected.isEmpty()) {
            return;
        }
        var text = new StringBuilder();
        selected.stream().sorted().limit(100_000).forEach(i -> text.append(lineText(i)).append('\n'));
        var content = new ClipboardContent();
        content.putString(text.toString());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** Finds the next line holding the search text, after the selected one, on a background thread. */
    private void findNext() {
        String needle = search.getText();
        if (needle.isEmpty() || file == null) {
            return;
        }
        int from = list.getSelectionModel().getSelectedIndex() + 1;
        int count = index.lineCount();
        LineIndex frozen = index;
        Path searched = file;
        var task = new Task<Integer>() {
            @Override
            protected Integer call() throws IOException {
                try (var ch = FileChannel.open(searched, StandardOpenOption.READ);
                     var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                             java.nio.channels.Channels.newInputStream(ch.position(frozen.start(Math.min(from, count))))
                             , StandardCharsets.UTF_8), 1 << 16)) {
                    for (int line = from; line < count; line++) {
                        String text = reader.readLine();
                        if (text == null || isCancelled()) {
                            return -1;
                        }
                        if (text.contains(needle)) {
                            return line;
                        }
                    }
                }
                return -1;
            }
        };
        searchResult.setText("Searching…");
        task.setOnSucceeded(e -> {
            int found = task.getValue();
            if (found < 0) {
                searchResult.setText(from > 0 ? "No more matches" : "Not found");
                return;
            }
            searchResult.setText("Line " + (found + 1));
            follow.setSelected(false);
            list.getSelectionModel().clearAndSelect(found);
            list.scrollTo(Math.max(0, found - 3));
        });
        task.setOnFailed(e -> searchResult.setText("Search failed: " + task.getException().getMessage()));
        var thread = new Thread(task, "pipewright-log-search");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
            channel = null;
        }
    }

    /** The line numbers 0..n-1 as a list without storing them. */
    private static final class Lines extends ObservableListBase<Integer> {
        private int size;

        /** Grows the list (a log only grows; a new file gets a new list). */
        void resize(int newSize) {
            if (newSize <= size) {
                return;
            }
            int old = size;
            beginChange();
            size = newSize;
            nextAdd(old, newSize);
            endChange();
        }

        @Override
        public Integer get(int i) {
            return i;
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class LineCell extends ListCell<Integer> {
        LineCell() {
            getStyleClass().add("log-line");
        }

        @Override
        protected void updateItem(Integer line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : String.format("%6d  %s", line + 1, lineText(line)));
        }
    }
}
