package dev.pipewright.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The lines of a log on screen: a pool of fixed-height rows, as many as fit, and scroll bars.
 * A log that grows by a million lines costs this view one number: no per-line item, cell or
 * layout pass, so a flood of output never holds up the JavaFX thread (JavaFX's ListView does
 * work per line on every size change). Selection is one range of lines, kept as two numbers.
 *
 * <p>While {@link #followTail} is on, the last line stays in view as the log grows. Scrolling,
 * dragging or keys decide it afterwards: following is on exactly when the last line is in view.
 */
final class LogLines extends Region {

    static final double ROW_HEIGHT = 18;

    final BooleanProperty followTail = new SimpleBooleanProperty(this, "followTail", true);

    private final IntFunction<String> text;
    private final Supplier<String> query;
    private final Shown shown;
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Pane viewport = new Pane();
    private final Rectangle clip = new Rectangle();
    private final List<LogRow> rows = new ArrayList<>();

    private int count;
    private int top;
    private int gutterDigits = 1;
    private double widest;
    /** Rows must read their lines again (search or gutter changed, or a line grew). */
    private boolean stale;
    private int anchor = -1;
    private int caret = -1;
    private boolean settingBars;

    /** Told which lines are on screen after each layout, so it can read those not read yet. */
    interface Shown {
        void lines(int first, int last);
    }

    /**
     * @param text  a line's text if it has been read, else null; never reads the file itself
     * @param query the search text to mark in the lines
     * @param shown told the lines on screen after each layout
     */
    LogLines(IntFunction<String> text, Supplier<String> query, Shown shown) {
        this.text = text;
        this.query = query;
        this.shown = shown;
        setId("log-lines");
        getStyleClass().add("log-lines");
        setFocusTraversable(true);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        viewport.getStyleClass().add("log-viewport");
        viewport.setClip(clip);
        viewport.setManaged(false);
        getChildren().addAll(viewport, vertical, horizontal);
        vertical.valueProperty().addListener((o, was, now) -> {
            if (!settingBars) {
                scrollTo((int) Math.round(now.doubleValue()));
                userMoved();
            }
        });
        horizontal.valueProperty().addListener((o, was, now) -> {
            if (!settingBars) {
                requestLayout();
            }
        });
        followTail.addListener((o, was, on) -> {
            if (on) {
                requestLayout();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    // ---- what the log view tells it

    /** The log now has {@code lines} lines (it only grows; a new log starts with {@link #reset}). */
    void setLineCount(int lines) {
        if (lines != count) {
            count = lines;
            requestLayout();
        }
    }

    int lineCount() {
        return count;
    }

    void setGutterDigits(int digits) {
        if (digits != gutterDigits) {
            gutterDigits = digits;
            refresh();
        }
    }

    /** Shows nothing, scrolled to the top, following. */
    void reset() {
        count = 0;
        top = 0;
        gutterDigits = 1;
        widest = 0;
        anchor = caret = -1;
        followTail.set(true);
        refresh();
    }

    /** Reads every shown line again. */
    void refresh() {
        stale = true;
        requestLayout();
    }

    /** Reads line {@code line} again if shown: the last line of a running action grows until its end arrives. */
    void reload(int line) {
        if (line >= top && line < top + rows.size()) {
            refresh();
        }
    }

    // ---- selection

    /** The line the keyboard is on, or -1. */
    int selectedLine() {
        return caret;
    }

    /** The first and last selected line, or empty. */
    Optional<int[]> selectedRange() {
        if (caret < 0 || anchor < 0) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Math.min(anchor, caret), Math.max(anchor, caret)});
    }

    void select(int line) {
        anchor = caret = clampLine(line);
        updateSelection();
    }

    void selectAll() {
        if (count > 0) {
            anchor = 0;
            caret = count - 1;
            updateSelection();
        }
    }

    /** Scrolls so {@code line} is in view with a few lines above it, and stops following. */
    void reveal(int line) {
        followTail.set(false);
        scrollTo(line - 5);
    }

    // ---- for tests and the log view

    int lastVisibleLine() {
        return count == 0 ? -1 : Math.min(count, top + fullRows()) - 1;
    }

    /** The row showing {@code line}, if it is in view. */
    Optional<LogRow> visibleRow(int line) {
        return rows.stream().filter(r -> r.line() == line && r.isVisible()).findFirst();
    }

    // ---- layout

    private int fullRows() {
        return Math.max(1, (int) Math.floor(viewportHeight() / ROW_HEIGHT));
    }

    private double viewportHeight() {
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        return horizontal.isVisible() ? h - horizontal.prefHeight(-1) : h;
    }

    private int maxTop() {
        return Math.max(0, count - fullRows());
    }

    private void scrollTo(int line) {
        int clamped = Math.max(0, Math.min(line, maxTop()));
        if (clamped != top) {
            top = clamped;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = getWidth() - x - snappedRightInset();
        double barWidth = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double contentWidth = width - barWidth;
        horizontal.setVisible(widest > contentWidth);
        double height = viewportHeight();
        if (followTail.get()) {
            top = maxTop();
        }
        top = Math.max(0, Math.min(top, maxTop()));
        int wanted = (int) Math.ceil(height / ROW_HEIGHT) + 1;
        fillRows(wanted, contentWidth);
        if (count > 0) {
            shown.lines(top, Math.min(count, top + wanted) - 1);
        }

        viewport.resizeRelocate(x, y, contentWidth, height);
        clip.setWidth(contentWidth);
        clip.setHeight(height);
        vertical.resizeRelocate(x + contentWidth, y, barWidth, height);
        horizontal.resizeRelocate(x, y + height, contentWidth, barHeight);
        settingBars = true;
        try {
            vertical.setMax(maxTop());
            vertical.setVisibleAmount(Math.max(1, maxTop() * (double) fullRows() / Math.max(1, count)));
            vertical.setBlockIncrement(Math.max(1, fullRows() - 1));
            vertical.setUnitIncrement(1);
            vertical.setValue(top);
            vertical.setDisable(maxTop() == 0);
            horizontal.setMax(Math.max(0, widest - contentWidth));
            horizontal.setVisibleAmount(Math.max(1, contentWidth));
            horizontal.setBlockIncrement(contentWidth * 0.8);
            horizontal.setUnitIncrement(24);
        } finally {
            settingBars = false;
        }
    }

    private void fillRows(int wanted, double contentWidth) {
        while (rows.size() < wanted) {
            LogRow row = new LogRow();
            rows.add(row);
            viewport.getChildren().add(row);
            row.applyCss(); // fonts and paddings known before the first width estimate
        }
        boolean readAgain = stale;
        stale = false;
        double shift = horizontal.isVisible() ? horizontal.getValue() : 0;
        for (int i = 0; i < rows.size(); i++) {
            LogRow row = rows.get(i);
            int line = top + i;
            if (i >= wanted || line >= count) {
                row.hide();
                continue;
            }
            if (readAgain || row.line() != line || !row.isComplete()) {
                row.show(line, text.apply(line), query.get(), gutterDigits);
            }
            double rowWidth = row.estimatedWidth();
            widest = Math.max(widest, rowWidth);
            row.resizeRelocate(-shift, i * ROW_HEIGHT, Math.max(rowWidth, contentWidth + shift), ROW_HEIGHT);
            row.setSelected(isSelected(line));
        }
    }

    private boolean isSelected(int line) {
        return caret >= 0 && line >= Math.min(anchor, caret) && line <= Math.max(anchor, caret);
    }

    private void updateSelection() {
        for (LogRow row : rows) {
            if (row.isVisible()) {
                row.setSelected(isSelected(row.line()));
            }
        }
    }

    private int clampLine(int line) {
        return count == 0 ? -1 : Math.max(0, Math.min(line, count - 1));
    }

    // ---- the person

    /** After a person moved the view: following is on exactly when the last line is in view. */
    private void userMoved() {
        followTail.set(count == 0 || top >= maxTop());
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            double lines = -e.getDeltaY() / ROW_HEIGHT;
            int step = (int) (lines < 0 ? Math.floor(lines) : Math.ceil(lines));
            scrollTo(top + step);
            userMoved();
        }
        if (e.getDeltaX() != 0 && horizontal.isVisible()) {
            horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), horizontal.getValue() - e.getDeltaX())));
        }
        e.consume();
    }

    private int lineAt(double viewportY) {
        return top + (int) Math.floor(viewportY / ROW_HEIGHT);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (count == 0 || !e.isPrimaryButtonDown()) {
            return;
        }
        int line = clampLine(lineAt(e.getY()));
        if (e.isShiftDown() && anchor >= 0) {
            caret = line;
        } else {
            anchor = caret = line;
        }
        updateSelection();
    }

    private void dragged(MouseEvent e) {
        if (count == 0 || anchor < 0) {
            return;
        }
        double height = viewportHeight();
        if (e.getY() < 0) {
            scrollTo(top - 1);
        } else if (e.getY() > height) {
            scrollTo(top + 1);
        }
        caret = clampLine(lineAt(Math.max(0, Math.min(e.getY(), height - 1))));
        updateSelection();
        userMoved();
    }

    private void keyPressed(KeyEvent e) {
        if (count == 0) {
            return;
        }
        int page = Math.max(1, fullRows() - 1);
        int from = caret >= 0 ? caret : e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP ? top : lastVisibleLine();
        int to;
        switch (e.getCode()) {
            case UP -> to = from - 1;
            case DOWN -> to = from + 1;
            case PAGE_UP -> to = from - page;
            case PAGE_DOWN -> to = from + page;
            case HOME -> to = 0;
            case END -> to = count - 1;
            case A -> {
                if (e.isShortcutDown()) {
                    selectAll();
                    e.consume();
                }
                return;
            }
            default -> {
                return;
            }
        }
        e.consume();
        to = clampLine(to);
        if (e.isShiftDown() && anchor >= 0) {
            caret = to;
        } else {
            anchor = caret = to;
        }
        if (to < top) {
            scrollTo(to);
        } else if (to >= top + fullRows()) {
            scrollTo(to - fullRows() + 1);
        }
        updateSelection();
        userMoved();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }
}
