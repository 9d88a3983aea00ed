package dev.pipewright.ui.logs;

import java.util.Arrays;

/**
 * Where the lines of a log start, without keeping one entry per line: a checkpoint (line number,
 * byte offset) every {@value #LINES_PER_CHECKPOINT} lines, or sooner once a block passes
 * {@value #BYTES_PER_CHECKPOINT} bytes. A block is thus at most that many bytes up to the start of
 * its last line, which is the only line that may be long; reading a line scans one small block.
 *
 * <p>Fed the file's bytes in order by one thread ({@link #append}); read from any thread.
 * Lines end at {@code '\n'}; a {@code '\r'} before it is the reader's business. Bytes after the last
 * {@code '\n'} count as one more (still growing) line.
 */
final class LineIndex {

    static final int LINES_PER_CHECKPOINT = 64;
    static final int BYTES_PER_CHECKPOINT = 32 * 1024;

    /** One block of lines: {@code lines} lines from byte {@code start}, ending before byte {@code end}. */
    record Block(int number, long firstLine, int lines, long start, long end) {
    }

    private long[] firstLines = new long[256];
    private long[] starts = new long[256];
    private int checkpoints = 1;
    private long completeLines;
    private long indexedBytes;
    private long lastLineStart;

    /**
     * Indexes {@code length} more bytes of the file, those right after the ones already indexed.
     * Only the indexing thread calls this; the scan runs outside the lock so readers never wait on it.
     */
    void append(byte[] bytes, int length) {
        long base;
        long lines;
        long blockLine;
        long blockStart;
        long lineStart;
        synchronized (this) {
            base = indexedBytes;
            lines = completeLines;
            lineStart = lastLineStart;
            blockLine = firstLines[checkpoints - 1];
            blockStart = starts[checkpoints - 1];
        }
        long[] newLines = new long[16];
        long[] newStarts = new long[16];
        int added = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                lines++;
                long next = base + i + 1;
                lineStart = next;
                if (lines - blockLine >= LINES_PER_CHECKPOINT || next - blockStart >= BYTES_PER_CHECKPOINT) {
                    if (added == newLines.length) {
                        newLines = Arrays.copyOf(newLines, added * 2);
                        newStarts = Arrays.copyOf(newStarts, added * 2);
                    }
                    newLines[added] = lines;
                    newStarts[added++] = next;
                    blockLine = lines;
                    blockStart = next;
                }
            }
        }
        synchronized (this) {
            for (int k = 0; k < added; k++) {
                addCheckpoint(newLines[k], newStarts[k]);
            }
            completeLines = lines;
            lastLineStart = lineStart;
            indexedBytes = base + length;
        }
    }

    private void addCheckpoint(long line, long offset) {
        if (checkpoints == starts.length) {
            starts = Arrays.copyOf(starts, checkpoints * 2);
            firstLines = Arrays.copyOf(firstLines, checkpoints * 2);
        }
        firstLines[checkpoints] = line;
        starts[checkpoints] = offset;
        checkpoints++;
    }

    synchronized long lineCount() {
        return completeLines + (indexedBytes > lastLineStart ? 1 : 0);
    }

    synchronized long indexedBytes() {
        return indexedBytes;
    }

    /** The block holding {@code line}, which must be below {@link #lineCount()}. */
    synchronized Block blockOf(long line) {
        int k = search(firstLines, line);
        return block(k);
    }

    /** The block holding byte {@code offset}, which must be below {@link #indexedBytes()}. */
    synchronized Block blockAt(long offset) {
        return block(search(starts, offset));
    }

    private Block block(int k) {
        boolean last = k + 1 == checkpoints;
        long end = last ? indexedBytes : starts[k + 1];
        long nextLine = last ? lineCount() : firstLines[k + 1];
        return new Block(k, firstLines[k], (int) (nextLine - firstLines[k]), starts[k], end);
    }

    /** The last checkpoint whose value is at most {@code key}. */
    private int search(long[] values, long key) {
        int i = Arrays.binarySearch(values, 0, checkpoints, key);
        return i >= 0 ? i : -i - 2; // both arrays strictly increase
    }

    /** Bytes the index holds on the heap, to compare with the size of the file. */
    synchronized long footprintBytes() {
        return 2L * Long.BYTES * starts.length;
    }

    synchronized int checkpointCount() {
        return checkpoints;
    }
}
