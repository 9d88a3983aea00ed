package dev.pipewright.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A commit a Source action built, or a trigger saw, as shown on the Source card and in the history.
 *
 * @param message the first line of the commit message
 * @param branch  the branch it was built from; empty text when it was a tag or a bare commit
 */
public record SourceCommit(String id, String message, String branch, String authorName, Instant authorDate) {

    public SourceCommit {
        Objects.requireNonNull(id);
        Objects.requireNonNull(message);
        Objects.requireNonNull(branch);
    }

    @JsonIgnore
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }

    /** The commit a Git Source action reported through its output variables, if it did. */
    static Optional<SourceCommit> fromOutputVariables(Map<String, String> variables) {
        String id = variables.get("CommitId");
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String message = variables.getOrDefault("CommitMessage", "");
        int nl = message.indexOf('\n');
        Instant date = null;
        try {
            date = variables.containsKey("AuthorDate") ? Instant.parse(variables.get("AuthorDate")) : null;
        } catch (java.time.format.DateTimeParseException e) {
            // written by something else than the Git source: leave the date out
        }
        return Optional.of(new SourceCommit(id, nl >= 0 ? message.substring(0, nl) : message,
                variables.getOrDefault("BranchName", ""), variables.get("AuthorName"), date));
    }
}
