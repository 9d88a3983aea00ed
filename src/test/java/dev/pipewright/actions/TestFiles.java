package dev.pipewright.actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small file helpers for tests. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Every regular file under {@code root}: relative path ({@code /}) to content. */
    public static Map<String, String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> files = new TreeMap<>();
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return files;
        }
    }
}
