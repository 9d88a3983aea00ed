package dev.pipewright.git;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a repository is: a folder on this machine (a path, or a {@code file://} URL) or a remote
 * reached over {@code https://}, {@code ssh://} or scp-like {@code user@host:path}.
 *
 * @param uri       what JGit is given: an absolute path for local repositories, else the URL
 * @param localPath the folder, for local repositories
 */
public record RepositoryAddress(String uri, Optional<Path> localPath) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    /** {@code git@github.com:owner/repo.git}; a Windows drive ({@code C:\...}) is not one. */
    private static final Pattern SCP_LIKE = Pattern.compile("^([^@/\\\\]+@)?[A-Za-z0-9.-]{2,}:[^/\\\\].*");
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@");

    /**
     * Reads the text of a {@code url} setting; a relative path is taken relative to {@code baseDir}
     * (the pipeline file's folder).
     */
    public static RepositoryAddress parse(String text, Path baseDir) throws GitException {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new GitException("the repository is empty; set 'url' to a folder, a file://, https:// or ssh:// URL");
        }
        if (SCHEME.matcher(trimmed).matches()) {
            String scheme = trimmed.substring(0, trimmed.indexOf(':')).toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "file" -> {
                    try {
                        return local(Path.of(URI.create(trimmed)), trimmed);
                    } catch (IllegalArgumentException e) {
                        throw new GitException("'" + trimmed + "' is not a valid file:// URL (" + e.getMessage()
                                + "); write it as file:///absolute/path or as a plain path");
                    }
                }
                case "https", "http", "ssh", "git" -> {
                    return new RepositoryAddress(trimmed, Optional.empty());
                }
                default -> throw new GitException("'" + withoutSecrets(trimmed) + "' uses " + scheme
                        + "://, which Pipewright cannot fetch from; use a folder, file://, https:// or ssh://");
            }
        }
        if (SCP_LIKE.matcher(trimmed).matches()) {
            return new RepositoryAddress(trimmed, Optional.empty());
        }
        Path path;
        try {
            path = baseDir.resolve(trimmed);
        } catch (RuntimeException e) {
            throw new GitException("'" + trimmed + "' is not a valid path: " + e.getMessage());
        }
        return local(path, trimmed);
    }

    private static RepositoryAddress local(Path path, String written) throws GitException {
        Path folder = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new GitException("the repository folder " + folder + " (from '" + written + "') does not exist; "
                    + "check the 'url' setting; a relative path is relative to the pipeline file's folder");
        }
        return new RepositoryAddress(folder.toString(), Optional.of(folder));
    }

    public boolean isLocal() {
        return localPath.isPresent();
    }

    /** How to name it in messages and logs: the URL without any user name or token in it. */
    public String display() {
        return withoutSecrets(uri);
    }

    /** The repository's own name, as CodePipeline's {@code RepositoryName}: the last segment, no {@code .git}. */
    public String name() {
        String s = uri.replace('\\', '/');
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("/.git")) {
            s = s.substring(0, s.length() - 5);
        }
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
        String last = s.substring(cut + 1);
        return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
    }

    /** A URL relative to this one, as {@code .gitmodules} may hold ({@code ../lib.git}). */
    public String resolveRelative(String relative) {
        if (!relative.startsWith("./") && !relative.startsWith("../")) {
            return relative;
        }
        String base = uri.replace('\\', '/');
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String rest = relative;
        while (true) {
            if (rest.startsWith("./")) {
                rest = rest.substring(2);
            } else if (rest.startsWith("../")) {
                rest = rest.substring(3);
                int cut = Math.max(base.lastIndexOf('/'), base.lastIndexOf(':'));
                base = cut > 0 ? base.substring(0, cut) : base;
            } else {
                break;
            }
        }
        return base + "/" + rest;
    }

    static String withoutSecrets(String text) {
        return USER_INFO.matcher(text).replaceFirst("$1");
    }

    @Override
    public String toString() {
        return display();
    }
}
