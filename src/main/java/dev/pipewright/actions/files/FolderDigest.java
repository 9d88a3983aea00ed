package dev.pipewright.actions.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over a folder's files: sorted relative paths ({@code /} separated, so the same folder
 * gives the same digest on every OS) and contents. Timestamps and empty folders do not count, so
 * the digest changes exactly when a file's name or bytes change.
 *
 * @param sha256    lowercase hex
 * @param fileCount files and symbolic links counted
 */
public record FolderDigest(String sha256, int fileCount) {

    public static FolderDigest of(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted((a, b) -> unixPath(folder, a).compareTo(unixPath(folder, b)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MessageDigest sha = newSha256();
        byte[] buffer = new byte[64 * 1024];
        for (Path entry : entries) {
            sha.update(unixPath(folder, entry).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            if (Files.isSymbolicLink(entry)) {
                // a link counts by where it points, never by what it points to
                sha.update(("-> " + Files.readSymbolicLink(entry)).getBytes(StandardCharsets.UTF_8));
            } else {
                try (InputStream in = Files.newInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
            sha.update((byte) 0);
        }
        return new FolderDigest(HexFormat.of().formatHex(sha.digest()), entries.size());
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String unixPath(Path folder, Path entry) {
        return folder.relativize(entry).toString().replace('\\', '/');
    }
}
