package dev.pipewright.actions.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies a folder tree, choosing entries by globs on their relative paths, without ever reading
 * outside the source or writing outside the target.
 *
 * <p>Symbolic links are never followed. A link whose target lies inside the source is recreated
 * as a relative link to the same place in the copy; a link leading outside the source (or nowhere)
 * is left out and listed in {@link CopyReport#skipped()}, because following it could copy a home
 * folder or loop forever, and copying it as is would point the artifact at the machine's files.
 *
 * <p>A folder matching {@code include} brings its whole subtree; a folder matching {@code exclude}
 * is skipped whole. When the target lies inside the source it is skipped too, so that copying
 * {@code .} into a subfolder does not copy itself forever.
 */
public final class FolderCopy {

    private final Path from;
    private final Path to;
    private final Path realFrom;
    private final Path realTo;
    private final PathMatcher include;
    private final PathMatcher exclude;
    private final Set<Path> readyDirs = new HashSet<>();
    private final List<String> skipped = new ArrayList<>();
    private int files;
    private int links;

    private FolderCopy(Path from, Path to, PathMatcher include, PathMatcher exclude) throws IOException {
        this.from = from;
        this.to = to;
        this.include = include;
        this.exclude = exclude;
        this.realFrom = from.toRealPath();
        Files.createDirectories(to);
        this.realTo = to.toRealPath();
        readyDirs.add(to);
    }

    /** Copies everything under {@code from} into {@code to}. */
    public static CopyReport copy(Path from, Path to) throws IOException {
        return copy(from, to, Globs.ALL, Globs.NONE);
    }

    public static CopyReport copy(Path from, Path to, PathMatcher include, PathMatcher exclude) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("the folder " + from + " does not exist or is not a folder");
        }
        FolderCopy copy = new FolderCopy(from, to, include, exclude);
        copy.run();
        return new CopyReport(copy.files, copy.links, copy.skipped);
    }

    private void run() throws IOException {
        Deque<Boolean> included = new ArrayDeque<>();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(from)) {
                    included.push(false);
                    return FileVisitResult.CONTINUE;
                }
                Path rel = from.relativize(dir);
                if (exclude.matches(rel) || dir.toRealPath().equals(realTo)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                boolean in = included.peek() || include.matches(rel);
                included.push(in);
                if (in) {
                    ensureDir(to.resolve(rel.toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                included.pop();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = from.relativize(file);
                if (exclude.matches(rel) || !(included.peek() || include.matches(rel))) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = to.resolve(rel.toString());
                if (attrs.isSymbolicLink()) {
                    copyLink(file, rel, target);
                } else if (attrs.isRegularFile()) {
                    ensureDir(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    files++;
                } else {
                    skipped.add(rel + " is not a regular file, folder or link (a socket or device?)");
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void copyLink(Path link, Path rel, Path target) throws IOException {
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            skipped.add("link " + rel + " leads nowhere (" + Files.readSymbolicLink(link) + ")");
            return;
        }
        if (!real.startsWith(realFrom)) {
            skipped.add("link " + rel + " points outside the folder, to " + real);
            return;
        }
        ensureDir(target.getParent());
        Path inCopy = to.resolve(realFrom.relativize(real).toString());
        Files.deleteIfExists(target);
        Files.createSymbolicLink(target, target.getParent().relativize(inCopy));
        links++;
    }

    // Creates folders one level at a time so an existing link in the target cannot redirect a
    // write outside it (a deploy folder may already hold anything).
    private void ensureDir(Path dir) throws IOException {
        if (readyDirs.contains(dir)) {
            return;
        }
        ensureDir(dir.getParent());
        if (Files.isSymbolicLink(dir)) {
            if (!Files.isDirectory(dir) || !dir.toRealPath().startsWith(realTo)) {
                throw new UnsafePathException("the target folder holds a symbolic link " + dir
                        + " that leads outside it; remove the link or empty the target first");
            }
        } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(dir);
            Files.createDirectory(dir);
        }
        readyDirs.add(dir);
    }
}
