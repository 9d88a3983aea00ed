package dev.pipewright.git;

import java.time.Instant;
import java.util.Objects;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * One commit as a person sees it.
 *
 * @param message the first line (the subject)
 */
public record CommitInfo(String id, String message, String fullMessage, String authorName, Instant authorDate) {

    public CommitInfo {
        Objects.requireNonNull(id);
        Objects.requireNonNull(message);
        Objects.requireNonNull(fullMessage);
        Objects.requireNonNull(authorName);
        Objects.requireNonNull(authorDate);
    }

    static CommitInfo of(RevCommit commit) {
        var author = commit.getAuthorIdent();
        return new CommitInfo(commit.getName(), commit.getShortMessage(), commit.getFullMessage().stripTrailing(),
                author.getName(), author.getWhenAsInstant());
    }

    /** Seven characters, as git shows it. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
