package dev.pipewright.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The real CI files and the targets' schemas in {@code ../shared/} (next to the project), read
 * where they are, never copied. When they are absent the tests say so by name and are skipped.
 */
public final class SharedFiles {

    /** {@code -Dpipewright.shared=DIR} or the environment variable {@code PIPEWRIGHT_SHARED} point elsewhere. */
    public static final Path SHARED = Path.of(System.getProperty("pipewright.shared",
            System.getenv().getOrDefault("PIPEWRIGHT_SHARED", "../shared")));

    private SharedFiles() {
    }

    public static Path schema(String fileName) {
        Path schema = SHARED.resolve("schemas").resolve(fileName);
        assumeTrue(Files.isRegularFile(schema), "skipped: the schema " + schema.toAbsolutePath() + " is absent");
        return schema;
    }

    /** One dynamic test per file of {@code corpus/<folder>}, named by the file, or one skipped test naming the folder. */
    public static Stream<DynamicTest> eachCorpusFile(String folder, Consumer<Path> test) {
        Path dir = SHARED.resolve("corpus").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.of(DynamicTest.dynamicTest("corpus/" + folder + " (absent)", () -> assumeTrue(false,
                    "skipped: " + dir.toAbsolutePath() + " is absent")));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> test.accept(f)));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
