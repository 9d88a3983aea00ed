package dev.pipewright.model;

import java.util.List;
import java.util.Objects;

/**
 * An artifact an action produces. {@code files} are globs, relative to the action's working
 * folder, choosing what goes into the artifact (as CodePipeline's Commands action); empty means
 * the provider decides (a shell action then takes the whole working folder).
 */
public record OutputArtifact(String name, List<String> files) {
    public OutputArtifact {
        Objects.requireNonNull(name);
        files = List.copyOf(files);
    }

    public static OutputArtifact named(String name) {
        return new OutputArtifact(name, List.of());
    }
}
