package dev.pipewright.watch;

import dev.pipewright.engine.SourceCommit;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.git.CachedRepository;
import dev.pipewright.git.CommitInfo;
import dev.pipewright.git.GitException;
import dev.pipewright.git.RefTips;
import dev.pipewright.git.Revision;
import dev.pipewright.actions.source.GitSourceSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Git source action under watch: remembers where its branches and tags pointed, and on each
 * look turns what moved into pushes, each passed or refused by the trigger's filters.
 */
final class WatchedSource {

    private static final String HEADS = "refs/heads/";
    private static final String TAGS = "refs/tags/";

    /** A commit that arrived, and what the filters made of it. */
    record Push(StartedBy.GitChange change, PushFilters.Result result) {
    }

    private final String actionName;
    private final GitSourceSettings settings;
    private final PushFilters filters;
    private final WatchOptions options;
    private Map<String, String> known; // null until the first look

    WatchedSource(String actionName, GitSourceSettings settings, PushFilters filters, WatchOptions options) {
        this.actionName = actionName;
        this.settings = settings;
        this.filters = filters;
        this.options = options;
    }

    String actionName() {
        return actionName;
    }

    GitSourceSettings settings() {
        return settings;
    }

    boolean hasBaseline() {
        return known != null;
    }

    /**
     * Looks at the repository. The first look only remembers where things are: commits made before
     * watching began start nothing.
     */
    List<Push> look() throws GitException, InterruptedException {
        Map<String, String> now = new TreeMap<>(RefTips.read(settings.address(), settings.access()));
        if (known == null) {
            known = now;
            return List.of();
        }
        var moved = new ArrayList<String>();
        now.forEach((ref, id) -> {
            if (!id.equals(known.get(ref)) && (ref.startsWith(HEADS) || ref.startsWith(TAGS))) {
                moved.add(ref);
            }
        });
        if (moved.isEmpty()) {
            known = now;
            return List.of();
        }
        var pushes = new ArrayList<Push>();
        try (CachedRepository repository = options.cache().open(settings.address(), settings.access())) {
            repository.fetchAll();
            var seen = new HashSet<>(known.values());
            for (String ref : moved) {
                String tip = now.get(ref);
                if (ref.startsWith(HEADS)) {
                    String branch = ref.substring(HEADS.length());
                    List<CommitInfo> commits = repository.commitsSince(tip, seen, options.maxCommits());
                    if (commits.isEmpty()) {
                        // a new branch at a known commit, or one moved back: the tip itself is the push
                        commits = List.of(repository.resolve(new Revision.Commit(tip)));
                    }
                    for (CommitInfo commit : commits) {
                        var result = filters.branchPush(branch, repository.changedPaths(commit.id()));
                        pushes.add(new Push(change("branch", branch, commit, result), result));
                    }
                } else {
                    String tag = ref.substring(TAGS.length());
                    CommitInfo commit = repository.resolve(new Revision.Commit(tip));
                    var result = filters.tagPush(tag);
                    pushes.add(new Push(change("tag", tag, commit, result), result));
                }
            }
        }
        known = now; // only once the pushes are known: a failed fetch is tried again next time
        return pushes;
    }

    private StartedBy.GitChange change(String refType, String ref, CommitInfo commit, PushFilters.Result result) {
        var sourceCommit = new SourceCommit(commit.id(), commit.message(), refType.equals("branch") ? ref : "",
                commit.authorName(), commit.authorDate());
        String trigger = result.pass().map(PushFilters.Pass::which).orElse("no trigger filter");
        return new StartedBy.GitChange(actionName, trigger, settings.address().display(), refType, ref, sourceCommit);
    }

    Optional<String> branchForRevision(StartedBy.GitChange change) {
        return change.refType().equals("branch") ? Optional.of(change.ref()) : Optional.empty();
    }
}
