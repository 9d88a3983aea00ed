package dev.pipewright.ui;

import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.engine.ExecutionStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example pipelines shipped inside Pipewright. They are copied to a folder of the user's
 * (next to the runs folder) before opening, because they run commands in folders beside them.
 */
public final class Examples {

    private static final String ROOT = "/dev/pipewright/examples";

    private Examples() {
    }

    /** The example pipeline files' names, sorted. */
    public static List<String> names() throws IOException {
        Path root = bundled();
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pipeline.json")).sorted().toList();
        }
    }

    /** Copies the examples to the user's folder (once, or again when missing) and returns the file. */
    public static Path open(String name) throws IOException {
        return open(name, ExecutionStore.defaultRunsDir().toAbsolutePath().getParent().resolve("examples"));
    }

    /**
     * Copies the examples to {@code target} (once, or again when missing) and returns the file,
     * ready to run: what an example needs beside it that a script would make (the git-trigger
     * example's repository) is made too.
     */
    static Path open(String name, Path target) throws IOException {
        if (!Files.isRegularFile(target.resolve(name))) {
            Files.createDirectories(target);
            FolderCopy.copy(bundled(), target);
        }
        DemoRepository.ensure(target);
        return target.resolve(name);
    }

    private static Path bundled() throws IOException {
        var url = Examples.class.getResource(ROOT);
        if (url == null) {
            throw new IOException("this build of Pipewright has no examples inside");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return fs.getPath(ROOT);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
