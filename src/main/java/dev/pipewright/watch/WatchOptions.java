package dev.pipewright.watch;

import dev.pipewright.git.CloneCache;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link PipelineWatch} works.
 *
 * @param localInterval  how often a repository folder on this machine is looked at (reading its
 *                       refs is cheap, so often: a commit starts a run within a second or two)
 * @param remoteInterval how often a remote is asked (one ls-remote each time)
 * @param variables      values for the pipeline's variables in the executions it starts
 * @param maxCommits     at most this many new commits of one push start executions (the newest)
 */
public record WatchOptions(Duration localInterval, Duration remoteInterval, CloneCache cache,
                           Map<String, String> variables, int maxCommits) {

    public WatchOptions {
        Objects.requireNonNull(localInterval);
        Objects.requireNonNull(remoteInterval);
        Objects.requireNonNull(cache);
        variables = Map.copyOf(variables);
        if (maxCommits < 1) {
            throw new IllegalArgumentException("maxCommits must be at least 1");
        }
    }

    public static WatchOptions defaults() {
        return new WatchOptions(Duration.ofSeconds(1), Duration.ofSeconds(60), CloneCache.atDefaultPlace(), Map.of(),
                20);
    }

    public WatchOptions withCache(CloneCache newCache) {
        return new WatchOptions(localInterval, remoteInterval, newCache, variables, maxCommits);
    }

    public WatchOptions withRemoteInterval(Duration interval) {
        return new WatchOptions(localInterval, interval, cache, variables, maxCommits);
    }

    public WatchOptions withVariables(Map<String, String> values) {
        return new WatchOptions(localInterval, remoteInterval, cache, values, maxCommits);
    }
}
