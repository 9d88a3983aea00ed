package dev.pipewright.actions;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Files chosen by globs ({@link java.nio.file.FileSystem#getPathMatcher} rules, paths relative to
 * a root with '/' separators). Links are never followed, so a selection cannot reach outside its root.
 */
public final class FileSelection {
    private FileSelection() {
    }

    /** The regular files under {@code root} matching {@code glob}, as paths relative to root. */
    public static List<Path> matching(Path root, String glob) throws IOException {
        String pattern = glob.equals("**") ? "**" : glob;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        boolean everything = pattern.equals("**");
        var found = new ArrayList<Path>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path relative = root.relativize(file);
                if (attrs.isRegularFile() && (everything || matcher.matches(relative))) {
                    found.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** Copies the files matching {@code glob} into {@code target}, keeping relative paths; returns how many. */
    public static int copyMatching(Path root, String glob, Path target) throws IOException {
        var files = matching(root, glob);
        for (Path relative : files) {
            Path to = target.resolve(relative.toString()).normalize();
            if (!to.startsWith(target)) {
                throw new IOException("'" + relative + "' would land outside the artifact");
            }
            Files.createDirectories(to.getParent());
            Files.copy(root.resolve(relative), to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
        return files.size();
    }
}
