package dev.pipewright.model;

import java.util.List;
import java.util.Objects;

/**
 * A push trigger on a Git source action, as CodePipeline V2's {@code gitConfiguration.push}.
 * Watching for changes comes later; the file already keeps these.
 */
public record Trigger(String sourceActionName, List<PushFilter> push) {
    public Trigger {
        Objects.requireNonNull(sourceActionName);
        push = List.copyOf(push);
    }

    /** Branch, tag and file-path filters; an empty filter matches everything. */
    public record PushFilter(Patterns branches, Patterns tags, Patterns filePaths) {
        public PushFilter {
            Objects.requireNonNull(branches);
            Objects.requireNonNull(tags);
            Objects.requireNonNull(filePaths);
        }
    }

    /** Glob includes and excludes; excludes win. */
    public record Patterns(List<String> includes, List<String> excludes) {
        public static final Patterns ANY = new Patterns(List.of(), List.of());

        public Patterns {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
        }

        public boolean isEmpty() {
            return includes.isEmpty() && excludes.isEmpty();
        }
    }
}
