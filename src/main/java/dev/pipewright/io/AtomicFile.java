package dev.pipewright.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * bytes go to a temporary file in the same folder (same file system, so the rename is atomic),
 * are forced to disk, and the temporary file is renamed over the target. A crash or a full disk
 * leaves the old file as it was. The file keeps its permissions (and owner and group, where we may
 * set them); a new file gets what any new file gets here (the umask decides), never a private
 * temporary file's 0600.
 */
public final class AtomicFile {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFile() {
    }

    /** Gives the replacement the replaced file's permissions, and its owner and group where allowed. */
    private static void keepAttributes(Path target, Path replacement) throws IOException {
        var posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (posix == null || !Files.exists(target)) {
            return; // a new file, or no POSIX permissions here: the defaults are right
        }
        PosixFileAttributes old = posix.readAttributes();
        Files.setPosixFilePermissions(replacement, old.permissions());
        var view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        try {
            if (!old.group().equals(view.readAttributes().group())) {
                view.setGroup(old.group());
            }
            if (!old.owner().equals(view.readAttributes().owner())) {
                view.setOwner(old.owner()); // only the super-user may give a file away
            }
        } catch (IOException | SecurityException notAllowed) {
            // the content and permissions are kept; owner and group are kept only where we may set them
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
        try {
            // created as any new file is (no attributes given): the umask decides its permissions
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepAttributes(absolute, temporary);
            move(temporary, absolute);
            forceFolder(folder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems (network shares) cannot rename atomically; replacing is the best left
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, which is fine. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file content is on disk already; only the rename's durability is best effort
        }
    }
}
