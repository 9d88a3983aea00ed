package dev.pipewright.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One action's log: bytes go to the log file as they arrive, with secrets masked, and are handed
 * on as text chunks to whoever listens. Only a buffer's worth is ever held in memory.
 */
final class ActionLog extends OutputStream {

    private static final int BUFFER = 64 * 1024;

    private final OutputStream file;
    private final SecretMasker masker;
    private final Consumer<String> chunks;
    private final CharsetDecoder decoder;
    private final ByteArrayOutputStream masked = new ByteArrayOutputStream(BUFFER + 64);
    private byte[] pending = new byte[0];
    private byte[] undecoded = new byte[0];
    private int pendingLength;
    private boolean closed;

    /**
     * @param chunks receives decoded text as it is written, or null when nobody listens
     */
    ActionLog(Path logFile, boolean append, SecretMasker masker, Consumer<String> chunks) throws IOException {
        Files.createDirectories(logFile.getParent());
        // unbuffered: output reaches the file as it arrives (it comes in chunks of up to 64 KiB
        // already), so a crash or a reader in another process sees everything written so far
        this.file = Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        this.masker = masker;
        this.chunks = chunks;
        this.decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            return; // output of an abandoned process that is still draining
        }
        if (masker.isEmpty()) {
            emit(b, off, len);
            return;
        }
        // keep the tail that might be the start of a secret until more arrives
        int total = pendingLength + len;
        if (pending.length < total) {
            pending = java.util.Arrays.copyOf(pending, Math.max(total, BUFFER));
        }
        System.arraycopy(b, off, pending, pendingLength, len);
        masked.reset();
        int consumed = masker.mask(pending, total, false, masked);
        System.arraycopy(pending, consumed, pending, 0, total - consumed);
        pendingLength = total - consumed;
        if (masked.size() > 0) {
            emit(masked.toByteArray(), 0, masked.size());
        }
    }

    /** Writes one line of the engine's or provider's own commentary. */
    synchronized void line(String text) {
        try {
            byte[] bytes = (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emit(byte[] b, int off, int len) throws IOException {
        file.write(b, off, len);
        if (chunks != null && len > 0) {
            ByteBuffer in;
            if (undecoded.length > 0) {
                // a character split across two writes: finish it with this write's bytes
                byte[] joined = java.util.Arrays.copyOf(undecoded, undecoded.length + len);
                System.arraycopy(b, off, joined, undecoded.length, len);
                in = ByteBuffer.wrap(joined);
            } else {
                in = ByteBuffer.wrap(b, off, len);
            }
            CharBuffer text = CharBuffer.allocate(in.remaining() + 4);
            decoder.decode(in, text, false);
            undecoded = new byte[in.remaining()];
            in.get(undecoded);
            text.flip();
            if (text.hasRemaining()) {
                chunks.accept(text.toString());
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        file.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (pendingLength > 0) {
            masked.reset();
            masker.mask(pending, pendingLength, true, masked);
            emit(masked.toByteArray(), 0, masked.size());
            pendingLength = 0;
        }
        closed = true;
        file.close();
    }
}
