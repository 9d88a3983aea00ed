package dev.pipewright.ui.logs;

import javafx.collections.ObservableListBase;

/**
 * The items of the log's list: the numbers 0 to size-1, made up on demand rather than stored, so a
 * list of millions of lines costs nothing. It only grows; a new file gets a new list.
 */
final class LineNumbers extends ObservableListBase<Integer> {

    private int size;

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    void growTo(int newSize) {
        if (newSize <= size) {
            return;
        }
        int old = size;
        size = newSize;
        beginChange();
        nextAdd(old, newSize);
        endChange();
    }
}
