package dev.pipewright.learn;

import java.util.Map;
import java.util.Objects;

/**
 * A small Git repository a sample checks out, made beside the copied pipeline file so the sample
 * runs (and can be watched) without a script or a git program first.
 *
 * @param folder its folder, relative to the pipeline file
 * @param branch the branch of its one commit
 * @param files  path → text of the files of that commit
 */
public record SampleRepository(String folder, String branch, Map<String, String> files) {
    public SampleRepository {
        Objects.requireNonNull(folder);
        Objects.requireNonNull(branch);
        files = Map.copyOf(files);
    }
}
