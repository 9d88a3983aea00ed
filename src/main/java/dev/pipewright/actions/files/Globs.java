package dev.pipewright.actions.files;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;

/**
 * Glob patterns on relative paths, with java.nio's rules ({@code *} within a folder, {@code **}
 * across folders, {@code {a,b}}, {@code [abc]}) and one addition people expect from every CI
 * tool: a leading {@code **}{@code /} also matches at the top level, so {@code **}{@code /TEST-*.xml}
 * finds {@code TEST-a.xml} as well as {@code reports/TEST-a.xml}.
 */
public final class Globs {

    /** Matches nothing; for "no excludes". */
    public static final PathMatcher NONE = p -> false;
    /** Matches everything. */
    public static final PathMatcher ALL = p -> true;

    private Globs() {
    }

    public static PathMatcher compile(String glob) {
        PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (glob.startsWith("**/")) {
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            return p -> full.matches(p) || top.matches(p);
        }
        return full;
    }

    /** Matches when any of the globs does; {@link #NONE} for an empty list. */
    public static PathMatcher any(List<String> globs) {
        List<PathMatcher> matchers = globs.stream().map(Globs::compile).toList();
        return p -> matchers.stream().anyMatch(m -> m.matches(p));
    }

    /** Why the glob is not usable, or empty. */
    public static Optional<String> problem(String glob) {
        if (glob.isEmpty()) {
            return Optional.of("a glob is empty");
        }
        if (glob.startsWith("/") || Path.of("").getFileSystem().getSeparator().equals("\\") && glob.matches("^[A-Za-z]:.*")) {
            return Optional.of("the glob '" + glob + "' is absolute; globs are relative to the folder");
        }
        try {
            compile(glob);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("the glob '" + glob + "' is not valid: " + e.getMessage());
        }
    }
}
