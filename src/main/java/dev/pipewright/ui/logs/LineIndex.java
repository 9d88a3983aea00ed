package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Where each line of a growing log file ends, built by scanning only the bytes added since the
 * last scan: 8 bytes per line, never the text itself, so a 1 GiB log costs a few MB here.
 */
final class LineIndex {

    private static final int CHUNK = 256 * 1024;

    /** breaks[i] = the offset just after the i-th newline. */
    private long[] breaks = new long[1024];
    private int breakCount;
    private long scanned;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);

    /** Reads what was added to the file since the last call; returns whether anything was added. */
    boolean update(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < scanned) { // truncated or replaced: start over
            breakCount = 0;
            scanned = 0;
        }
        if (size == scanned) {
            return false;
        }
        long position = scanned;
        while (position < size) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    if (breakCount == breaks.length) {
                        breaks = Arrays.copyOf(breaks, breaks.length * 2);
                    }
                    breaks[breakCount++] = position + i + 1;
                }
            }
            position += n;
        }
        scanned = position;
        return true;
    }

    int lineCount() {
        long lastBreak = breakCount == 0 ? 0 : breaks[breakCount - 1];
        return breakCount + (scanned > lastBreak ? 1 : 0);
    }

    long start(int line) {
        return line == 0 ? 0 : breaks[line - 1];
    }

    /** Where the line's text ends (exclusive): before its newline, or the end of the file for the last one. */
    long end(int line) {
        return line < breakCount ? breaks[line] - 1 : scanned;
    }

    long bytesIndexed() {
        return scanned;
    }

    /** Memory the index holds. */
    long footprintBytes() {
        return (long) breaks.length * Long.BYTES;
    }
}
