package dev.pipewright.watch;

import dev.pipewright.engine.SourceCommit;
import dev.pipewright.engine.StartedBy;
import java.time.Instant;

/** What a {@link PipelineWatch} saw and did; every text is ready to show a person. */
public sealed interface WatchEvent {

    Instant time();

    /** One line for a log or a status bar. */
    String describe();

    /** A Git source is watched from now on: what, where and how often. */
    record Watching(Instant time, String sourceAction, String repository, String what) implements WatchEvent {
        @Override
        public String describe() {
            return "watching " + sourceAction + ": " + what + " of " + repository;
        }
    }

    /** A commit matched a trigger and an execution started with it. */
    record Started(Instant time, String executionId, StartedBy.GitChange change) implements WatchEvent {
        @Override
        public String describe() {
            return "started execution " + executionId + " because of " + change.describe();
        }
    }

    /** A new commit (or tag) that no trigger filter let through. */
    record Ignored(Instant time, String sourceAction, String refType, String ref, SourceCommit commit, String reason)
            implements WatchEvent {
        @Override
        public String describe() {
            return "ignored commit " + commit.shortId() + " \"" + commit.message() + "\" on " + refType + " " + ref
                    + ": " + reason;
        }
    }

    /** Something went wrong (repository unreachable, execution refused); watching goes on. */
    record Problem(Instant time, String sourceAction, String message) implements WatchEvent {
        @Override
        public String describe() {
            return "problem with " + sourceAction + ": " + message;
        }
    }
}
