package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log file, read where it is: a {@link LineIndex} grown from the new bytes only, and the text
 * of lines read one small block at a time through a little LRU cache. Nothing here holds more than
 * a few blocks of text, whatever the size of the file.
 *
 * <p>{@link #update} runs on one background thread at a time; the other methods on any thread.
 */
final class LogFile implements AutoCloseable {

    /** Bytes of one line shown; the rest is left out with a marker saying how long the line is. */
    static final int MAX_LINE_BYTES = 10_000;
    private static final int READ_CHUNK = 32 * 1024;
    private static final int CACHED_BLOCKS = 64;

    /** The decoded lines of one block, and where each starts in the file. */
    private record Lines(LineIndex.Block block, String[] text, long[] starts) {
    }

    private final Path path;
    private final FileChannel channel;
    private final LineIndex index = new LineIndex();
    private final Map<Integer, Lines> cache = new LinkedHashMap<>(CACHED_BLOCKS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Lines> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };
    private byte[] readBuffer;

    LogFile(Path path) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    Path path() {
        return path;
    }

    LineIndex index() {
        return index;
    }

    long lineCount() {
        return index.lineCount();
    }

    long size() throws IOException {
        return channel.size();
    }

    /**
     * Indexes the bytes written since the last call, at most {@code maxBytes} of them.
     *
     * @return how many bytes were indexed, or -1 if the file shrank (it was replaced or truncated)
     */
    long update(long maxBytes) throws IOException {
        long size = channel.size();
        long from = index.indexedBytes();
        if (size < from) {
            return -1;
        }
        if (readBuffer == null) {
            readBuffer = new byte[READ_CHUNK];
        }
        long to = from + Math.min(size - from, maxBytes);
        long position = from;
        while (position < to) {
            int n = channel.read(ByteBuffer.wrap(readBuffer, 0, (int) Math.min(READ_CHUNK, to - position)), position);
            if (n <= 0) {
                break;
            }
            index.append(readBuffer, n);
            position += n;
        }
        return position - from;
    }

    /** The text of line {@code line} as shown: no line end, at most {@link #MAX_LINE_BYTES} bytes. */
    String line(long line) {
        Lines lines = lines(line);
        return lines.text[(int) (line - lines.block.firstLine())];
    }

    /**
     * The text of line {@code line} if its block was read, perhaps before the file's last line grew;
     * null if it was not. Never touches the file, so the window thread can call it every frame.
     */
    String cachedLine(long line) {
        LineIndex.Block block = index.blockOf(line);
        synchronized (cache) {
            Lines cached = cache.get(block.number());
            if (cached == null) {
                return null;
            }
            int i = (int) (line - cached.block.firstLine());
            return i < cached.text.length ? cached.text[i] : null;
        }
    }

    /** Whether lines {@code first} to {@code last} are all cached as the file is now. */
    boolean isCached(long first, long last) {
        for (long line = first; line <= last; ) {
            LineIndex.Block block = index.blockOf(line);
            synchronized (cache) {
                Lines cached = cache.get(block.number());
                if (cached == null || !cached.block.equals(block)) {
                    return false;
                }
            }
            line = block.firstLine() + Math.max(1, block.lines());
        }
        return true;
    }

    /** Reads the blocks of lines {@code first} to {@code last} not cached as they are now; off the window thread. */
    void load(long first, long last) {
        for (long line = first; line <= last && line < index.lineCount(); ) {
            LineIndex.Block block = lines(line).block;
            line = block.firstLine() + Math.max(1, block.lines());
        }
    }

    /** Where line {@code line} starts in the file. */
    long lineStart(long line) {
        Lines lines = lines(line);
        return lines.starts[(int) (line - lines.block.firstLine())];
    }

    /** The line holding byte {@code offset} (below the indexed bytes). */
    long lineAt(long offset) {
        LineIndex.Block block = index.blockAt(offset);
        Lines lines = lines(block.firstLine());
        int i = java.util.Arrays.binarySearch(lines.starts, offset);
        return block.firstLine() + (i >= 0 ? i : -i - 2);
    }

    private Lines lines(long line) {
        LineIndex.Block block = index.blockOf(line);
        synchronized (cache) {
            Lines cached = cache.get(block.number());
            // only the last block grows; a cached copy of it is good while its end has not moved
            if (cached != null && cached.block.equals(block)) {
                return cached;
            }
        }
        Lines read = read(block);
        synchronized (cache) {
            cache.put(block.number(), read);
        }
        return read;
    }

    // every line of a block but the last starts within BYTES_PER_CHECKPOINT of its start
    private Lines read(LineIndex.Block block) {
        int length = (int) Math.min(block.end() - block.start(), LineIndex.BYTES_PER_CHECKPOINT + MAX_LINE_BYTES);
        byte[] bytes = new byte[length];
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, block.start() + buffer.position()) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            String[] text = new String[block.lines()];
            java.util.Arrays.fill(text, "⚠ cannot read " + path + ": " + e.getMessage());
            return new Lines(block, text, new long[block.lines()]);
        }
        String[] text = new String[block.lines()];
        long[] starts = new long[block.lines()];
        int start = 0;
        for (int i = 0; i < block.lines(); i++) {
            int end = start;
            while (end < length && bytes[end] != '\n') {
                end++;
            }
            // a line running past what was read is the block's last; its length is known from the index
            long fullLength = end < length ? end - start : block.end() - block.start() - start;
            starts[i] = block.start() + start;
            text[i] = decode(bytes, start, end, fullLength);
            start = end + 1;
        }
        return new Lines(block, text, starts);
    }

    private static String decode(byte[] bytes, int start, int end, long fullLength) {
        int stop = Math.min(end, start + MAX_LINE_BYTES);
        boolean truncated = fullLength > MAX_LINE_BYTES && stop - start == MAX_LINE_BYTES;
        if (!truncated && stop > start && bytes[stop - 1] == '\r') {
            stop--;
        }
        String text = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
        return truncated ? text + " … [line truncated: " + fullLength + " bytes]" : text;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do with a log we no longer show
        }
    }
}
