package dev.pipewright.watch;

import dev.pipewright.model.Trigger;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;

/**
 * The push filters of one trigger, applied as CodePipeline V2 does: globs with java.nio
 * PathMatcher rules, excludes win over includes; a commit passes when any filter lets it through.
 */
final class PushFilters {

    /** A filter let the push through: which one, in words. */
    record Pass(String which) {
    }

    private final List<Trigger.PushFilter> filters;
    private final String triggerName;

    PushFilters(List<Trigger.PushFilter> filters, String triggerName) {
        this.filters = List.copyOf(filters);
        this.triggerName = triggerName;
    }

    /** Checks every glob now, so a typo is reported when watching starts rather than never matching. */
    Optional<String> problem() {
        for (Trigger.PushFilter f : filters) {
            for (Trigger.Patterns p : List.of(f.branches(), f.tags(), f.filePaths())) {
                for (String glob : concat(p.includes(), p.excludes())) {
                    try {
                        matcher(glob);
                    } catch (IllegalArgumentException e) {
                        return Optional.of("the pattern '" + glob + "' of " + triggerName + " is not a valid glob: "
                                + e.getMessage());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A branch's new commit, with the files it changed: passed, or the reason it was not. */
    Result branchPush(String branch, List<String> changedPaths) {
        if (filters.isEmpty()) {
            return Result.passed(new Pass(triggerName));
        }
        String reason = null;
        for (int i = 0; i < filters.size(); i++) {
            Trigger.PushFilter f = filters.get(i);
            String name = "push filter " + (i + 1) + " of " + triggerName;
            Optional<String> refused;
            if (f.branches().isEmpty() && !f.tags().isEmpty()) {
                refused = Optional.of(name + " is for tags only");
            } else {
                refused = refusal(f.branches(), branch, "branch " + branch)
                        .or(() -> paths(f.filePaths(), changedPaths));
            }
            if (refused.isEmpty()) {
                return Result.passed(new Pass(name));
            }
            reason = reason == null ? refused.get().startsWith(name) ? refused.get() : name + ": " + refused.get()
                    : reason;
        }
        return Result.refused(reason);
    }

    /** A tag that appeared or moved: passed, or the reason it was not. */
    Result tagPush(String tag) {
        for (int i = 0; i < filters.size(); i++) {
            Trigger.PushFilter f = filters.get(i);
            String name = "push filter " + (i + 1) + " of " + triggerName;
            if (f.tags().isEmpty() && !f.branches().isEmpty()) {
                continue;
            }
            if (refusal(f.tags(), tag, "tag " + tag).isEmpty()) {
                return Result.passed(new Pass(name));
            }
        }
        return Result.refused("no push filter of " + triggerName + " takes tag " + tag);
    }

    private static Optional<String> refusal(Trigger.Patterns patterns, String name, String what) {
        Path path = Path.of(name);
        for (String exclude : patterns.excludes()) {
            if (matcher(exclude).matches(path)) {
                return Optional.of(what + " is excluded by '" + exclude + "'");
            }
        }
        if (!patterns.includes().isEmpty() && patterns.includes().stream().noneMatch(g -> matcher(g).matches(path))) {
            return Optional.of(what + " matches none of the includes " + patterns.includes());
        }
        return Optional.empty();
    }

    private static Optional<String> paths(Trigger.Patterns patterns, List<String> changed) {
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        boolean any = changed.stream().anyMatch(p -> refusal(patterns, p, p).isEmpty());
        if (any) {
            return Optional.empty();
        }
        String files = changed.isEmpty() ? "no files" : String.join(", ",
                changed.size() > 5 ? concat(changed.subList(0, 5), List.of("…")) : changed);
        return Optional.of("path filter: no changed file is let through (changed: " + files
                + (patterns.includes().isEmpty() ? "" : "; includes " + patterns.includes())
                + (patterns.excludes().isEmpty() ? "" : "; excludes " + patterns.excludes()) + ")");
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Passed with the filter that let it through, or refused with the reason. */
    record Result(Optional<Pass> pass, String reason) {
        static Result passed(Pass pass) {
            return new Result(Optional.of(pass), "");
        }

        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
