package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.jobs.Unmapped;
import java.util.Map;
import java.util.Optional;

/** What a GitLab import kept in {@code x-gitlab} of a pipeline or an action, read back for the export. */
final class GitLabKept {

    /** The job's name in the imported file, kept since an action's name follows Pipewright's rule. */
    static final String JOB_NAME = "x-job";

    private GitLabKept() {
    }

    static Optional<JsonNode> of(Map<String, String> extensions) {
        return Unmapped.read(extensions.get(GitLabImporter.EXTENSION));
    }
}
