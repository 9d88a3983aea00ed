package dev.pipewright.actions.files;

import java.util.List;

/**
 * What a {@link FolderCopy} did.
 *
 * @param files   regular files copied
 * @param links   symbolic links recreated (each points inside the copy)
 * @param skipped what was left out and why, one sentence each (links leading outside, special files)
 */
public record CopyReport(int files, int links, List<String> skipped) {
    public CopyReport {
        skipped = List.copyOf(skipped);
    }

    /** Files and links: what a glob "matched". */
    public int entries() {
        return files + links;
    }
}
