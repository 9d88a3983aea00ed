package dev.pipewright.input;

/** A place in a text file, both counted from 1 as editors show them. */
public record InputPosition(int line, int column) {
    public InputPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
