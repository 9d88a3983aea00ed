package dev.pipewright.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * What started an execution: {@code Manual} (the window), {@code CLI}, {@code GitChange} (a
 * trigger), {@code Pipeline}... A trigger also says which trigger fired and on which commit.
 *
 * @param change the trigger and commit, for {@code GitChange}; null otherwise (read it with
 *               {@link #gitChange()})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartedBy(String type, String detail, GitChange change) {

    public static final String GIT_CHANGE = "GitChange";

    public StartedBy {
        Objects.requireNonNull(type);
        Objects.requireNonNull(detail);
    }

    public StartedBy(String type, String detail) {
        this(type, detail, null);
    }

    public static StartedBy cli() {
        return new StartedBy("CLI", "pipewright run by " + System.getProperty("user.name", "someone"));
    }

    public static StartedBy manual(String who) {
        return new StartedBy("Manual", "started by " + who);
    }

    /** A trigger saw {@code change.commit()} arrive. */
    public static StartedBy trigger(GitChange change) {
        return new StartedBy(GIT_CHANGE, change.describe(), change);
    }

    @JsonIgnore
    public Optional<GitChange> gitChange() {
        return Optional.ofNullable(change);
    }

    /**
     * The push a trigger reacted to.
     *
     * @param sourceAction the Source action the trigger watches
     * @param trigger      which trigger and filter matched, in words ("push filter 1 of the trigger on Source")
     * @param refType      {@code branch} or {@code tag}
     * @param ref          the branch or tag name
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GitChange(String sourceAction, String trigger, String repository, String refType, String ref,
                            SourceCommit commit) {
        public GitChange {
            Objects.requireNonNull(sourceAction);
            Objects.requireNonNull(trigger);
            Objects.requireNonNull(repository);
            Objects.requireNonNull(refType);
            Objects.requireNonNull(ref);
            Objects.requireNonNull(commit);
        }

        /** One line: "commit 1a2b3c4 "Fix the build" on branch main (push filter 1 …)". */
        public String describe() {
            return "commit " + commit.shortId() + " \"" + commit.message() + "\" on " + refType + " " + ref
                    + " (" + trigger + ")";
        }
    }
}
