package dev.pipewright.actions;

import java.util.Objects;
import java.util.Optional;

/**
 * The revision a Source action must fetch in this execution instead of what its settings name,
 * as CodePipeline's source revision override: a trigger passes the commit it saw, so the
 * execution builds exactly that commit even if the branch has moved on since.
 *
 * @param branch the branch the commit was seen on, for the {@code BranchName} variable
 */
public record SourceRevision(String actionName, String commitId, Optional<String> branch) {
    public SourceRevision {
        Objects.requireNonNull(actionName);
        Objects.requireNonNull(commitId);
        Objects.requireNonNull(branch);
    }
}
