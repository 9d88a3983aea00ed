package dev.pipewright.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.git.StarterRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gallery of sample pipelines. They travel inside the jar (an installed app has no examples
 * folder) and are always copied to a folder of the user's before they are opened or run, because
 * they run commands and deploy to folders beside their file: the originals stay intact.
 */
public final class Samples {

    static final String ROOT = "/dev/pipewright/examples";
    static final String FIELD = "x-sample";
    private static final String SUFFIX = ".pipeline.json";

    private Samples() {
    }

    /** Every sample, in gallery order. */
    public static List<Sample> all() {
        try {
            return read(bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the samples of this build: " + e.getMessage(), e);
        }
    }

    public static Optional<Sample> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Copies the sample, with what it ships, into a new folder named after it inside
     * {@code folder} ({@code hello}, or {@code hello-2} when that is taken: nothing is ever
     * overwritten), makes the repository it checks out, and returns the copied pipeline file.
     */
    public static Path copyTo(Sample sample, Path folder) throws IOException {
        Path root = bundled();
        Path parent = folder.toAbsolutePath().normalize();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new IOException(folder + " is a file; give a folder to copy the sample into");
        }
        Path target = freeFolder(parent, sample.id());
        Files.createDirectories(target);
        try {
            return copy(root, sample, target);
        } catch (IOException | RuntimeException e) {
            // a half-copied sample would run and fail for a reason the learner cannot see: leave none
            try {
                FolderCleaner.deleteTree(target);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    private static Path copy(Path root, Sample sample, Path target) throws IOException {
        Files.copy(root.resolve(sample.file()), target.resolve(sample.file()), StandardCopyOption.COPY_ATTRIBUTES);
        for (String shipped : sample.ships()) {
            Path from = root.resolve(shipped);
            if (Files.isDirectory(from)) {
                FolderCopy.copy(from, target.resolve(shipped));
            } else {
                Files.copy(from, target.resolve(shipped));
            }
        }
        if (sample.repository().isPresent()) {
            var repo = sample.repository().get();
            StarterRepository.create(target.resolve(repo.folder()), repo.branch(), new java.util.TreeMap<>(repo.files()),
                    "Sample Author", "sample@example.org", "First commit");
        }
        return target.resolve(sample.file());
    }

    private static Path freeFolder(Path folder, String id) {
        Path candidate = folder.resolve(id);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(id + "-" + n);
        }
        return candidate;
    }

    /** The samples described in the pipeline files of {@code root}. */
    static List<Sample> read(Path root) throws IOException {
        var mapper = new ObjectMapper();
        var samples = new ArrayList<Sample>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                JsonNode meta = mapper.readTree(Files.readString(file)).path("pipeline").path(FIELD);
                if (meta.isObject()) {
                    samples.add(sample(file.getFileName().toString(), meta));
                }
            }
        }
        samples.sort(Comparator.comparingInt(Sample::order).thenComparing(Sample::id));
        return List.copyOf(samples);
    }

    private static Sample sample(String file, JsonNode meta) {
        var lines = new ArrayList<String>();
        meta.path("description").forEach(l -> lines.add(l.asText()));
        Optional<SampleRepository> repository = Optional.empty();
        JsonNode repo = meta.path("repository");
        if (repo.isObject()) {
            Map<String, String> files = new LinkedHashMap<>();
            repo.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            repository = Optional.of(new SampleRepository(repo.path("folder").asText(),
                    repo.path("branch").asText("main"), files));
        }
        return new Sample(file.substring(0, file.length() - SUFFIX.length()), meta.path("title").asText(),
                String.join("\n", lines), meta.path("level").asText(), texts(meta.path("teaches")), file,
                texts(meta.path("ships")), repository, meta.path("order").asInt(999));
    }

    private static List<String> texts(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Path bundled() throws IOException {
        var url = Samples.class.getResource(ROOT);
        if (url == null) {
            throw new IOException("this build of Pipewright has no samples inside");
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
