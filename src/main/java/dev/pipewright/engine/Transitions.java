package dev.pipewright.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pipewright.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which stage transitions of a pipeline are disabled: executions wait in front of such a stage
 * until it is enabled again. Kept in {@code RUNS/PIPELINE/transitions.json} so that the window,
 * the command line and a running {@code pipewright run} all see the same thing.
 */
public final class Transitions {

    /** Why and by whom a transition was disabled. */
    public record Disabled(String reason, String by, Instant at) {
    }

    private final Path file;

    Transitions(Path file) {
        this.file = file;
    }

    public boolean isEnabled(String stage) {
        return !disabled().containsKey(stage);
    }

    public Map<String, Disabled> disabled() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(file.toFile(), new TypeReference<TreeMap<String, Disabled>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + "; delete it to enable every transition", e);
        }
    }

    public Optional<Disabled> disabled(String stage) {
        return Optional.ofNullable(disabled().get(stage));
    }

    synchronized void disable(String stage, String reason, String by) throws IOException {
        Files.createDirectories(file.getParent());
        var map = new TreeMap<>(disabled());
        map.put(stage, new Disabled(reason, by, Instant.now()));
        AtomicFile.write(file, Json.mapper().writeValueAsBytes(map));
    }

    synchronized void enable(String stage) throws IOException {
        var map = new TreeMap<>(disabled());
        if (map.remove(stage) != null) {
            AtomicFile.write(file, Json.mapper().writeValueAsBytes(map));
        }
    }
}
