package dev.pipewright.ui.logs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Finds text in a log file by scanning its bytes in chunks, forwards or backwards, ignoring the case
 * of ASCII letters. Meant for a background thread: it checks {@code cancelled} between chunks.
 */
final class LogSearch {

    private static final int CHUNK = 1024 * 1024;

    private final byte[] needle;

    LogSearch(String query) {
        this.needle = query.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < needle.length; i++) {
            needle[i] = lower(needle[i]);
        }
    }

    boolean isEmpty() {
        return needle.length == 0;
    }

    /** The offset of the first match starting in [from, to), if any. */
    OptionalLong forward(Path file, long from, long to, BooleanSupplier cancelled) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[CHUNK + needle.length];
            for (long at = from; at < to && !cancelled.getAsBoolean(); at += CHUNK) {
                int n = read(channel, bytes, at, Math.min(bytes.length, to + needle.length - 1 - at));
                int starts = (int) Math.min(Math.min(CHUNK, to - at), n - needle.length + 1L);
                for (int i = 0; i < starts; i++) {
                    if (matches(bytes, i)) {
                        return OptionalLong.of(at + i);
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The offset of the last match starting in [from, to), if any. */
    OptionalLong backward(Path file, long from, long to, BooleanSupplier cancelled) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[CHUNK + needle.length];
            for (long end = to; end > from && !cancelled.getAsBoolean(); end -= CHUNK) {
                long at = Math.max(from, end - CHUNK);
                int n = read(channel, bytes, at, Math.min(bytes.length, end - at + needle.length - 1));
                for (int i = (int) Math.min(end - at, n - needle.length + 1L) - 1; i >= 0; i--) {
                    if (matches(bytes, i)) {
                        return OptionalLong.of(at + i);
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    private boolean matches(byte[] bytes, int at) {
        for (int j = 0; j < needle.length; j++) {
            if (lower(bytes[at + j]) != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static int read(FileChannel channel, byte[] bytes, long at, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.position();
    }

    /** Where the query occurs in a shown line, ignoring ASCII case as the scan does; -1 if nowhere. */
    static int indexIn(String text, String query, int from) {
        if (query.isEmpty()) {
            return -1;
        }
        return text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT), from);
    }
}
