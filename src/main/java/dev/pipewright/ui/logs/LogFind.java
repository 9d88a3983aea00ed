package dev.pipewright.ui.logs;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Search in the shown log: Enter or the arrows scan the file from the selected line on, on a
 * background thread, and a hit selects and reveals its line. A new search cancels the one running.
 */
final class LogFind {

    private final TextField field;
    private final Label status;
    private final LogLines list;
    private final Supplier<LogFile> file;
    private final AtomicLong generation = new AtomicLong();
    private String highlighted = "";

    LogFind(TextField field, Label status, LogLines list, Supplier<LogFile> file) {
        this.field = field;
        this.status = status;
        this.list = list;
        this.file = file;
    }

    /** The text matches are marked with in the visible lines. */
    String highlighted() {
        return highlighted;
    }

    void cancel() {
        generation.incrementAndGet();
        status.setText("");
    }

    void find(boolean forward) {
        LogFile log = file.get();
        String query = field.getText();
        if (log == null || query == null || query.isEmpty()) {
            cancel();
            return;
        }
        if (!query.equals(highlighted)) {
            highlighted = query;
            list.refresh();
        }
        int count = list.lineCount();
        int current = list.selectedLine();
        long end = log.index().indexedBytes();
        long from = forward
                ? (current >= 0 && current + 1 < count ? log.lineStart(current + 1) : current < 0 ? 0 : end)
                : (current >= 0 ? log.lineStart(current) : end);
        long id = generation.incrementAndGet();
        status.setText("Searching…");
        LogFeed.BACKGROUND.execute(() -> {
            LogSearch search = new LogSearch(query);
            try {
                OptionalLong hit = forward ? search.forward(log.path(), from, end, () -> generation.get() != id)
                        : search.backward(log.path(), 0, from, () -> generation.get() != id);
                boolean wrapped = false;
                if (hit.isEmpty() && generation.get() == id) {
                    wrapped = true;
                    hit = forward ? search.forward(log.path(), 0, Math.min(end, from), () -> generation.get() != id)
                            : search.backward(log.path(), from, end, () -> generation.get() != id);
                }
                long line = hit.isPresent() ? log.lineAt(hit.getAsLong()) : -1;
                boolean aroundTheEnd = wrapped;
                Platform.runLater(() -> show(id, query, line, aroundTheEnd));
            } catch (IOException e) {
                Platform.runLater(() -> {
                    if (generation.get() == id) {
                        status.setText("Cannot search: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void show(long id, String query, long line, boolean wrapped) {
        if (generation.get() != id) {
            return;
        }
        if (line < 0 || line >= list.lineCount()) {
            status.setText("Not found: “" + query + "”");
            return;
        }
        int at = (int) line;
        list.select(at);
        list.reveal(at);
        status.setText(String.format(Locale.ROOT, "Line %,d%s", line + 1, wrapped ? " (wrapped around)" : ""));
    }
}
