package dev.pipewright.actions.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves paths a pipeline file names against a folder they must stay in. A pipeline file may come
 * from anyone (a cloned repository), so "relative" must really mean inside.
 */
public final class SafePaths {

    private SafePaths() {
    }

    /**
     * {@code root.resolve(relative)}, refusing absolute paths, {@code ..} that climbs out of
     * {@code root}, and existing symbolic links on the way that point outside {@code root}.
     * The result need not exist.
     */
    public static Path resolveInside(Path root, String relative) throws UnsafePathException {
        Path rel = parse(relative);
        if (rel.isAbsolute() || rel.getRoot() != null || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new UnsafePathException("'" + relative + "' is an absolute path; write it relative to "
                    + root + " instead");
        }
        Path normal = rel.normalize();
        if (normal.startsWith("..")) {
            throw new UnsafePathException("'" + relative + "' climbs out of " + root
                    + " with '..'; keep the path inside that folder");
        }
        Path resolved = root.resolve(normal);
        checkNoLinkEscape(root, resolved, relative);
        return resolved;
    }

    /** Whether {@code name}, as stored in an archive, is a plain relative path with no {@code ..}. */
    public static void checkEntryName(String name) throws UnsafePathException {
        String unified = name.replace('\\', '/');
        if (unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) {
            throw new UnsafePathException("archive entry '" + name + "' has an absolute path");
        }
        for (String part : unified.split("/")) {
            if (part.equals("..")) {
                throw new UnsafePathException("archive entry '" + name + "' contains '..'");
            }
        }
    }

    /** Whether {@code path} is {@code root} or below it, once both are made absolute and normal. */
    public static boolean isInside(Path root, Path path) {
        return path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }

    private static Path parse(String relative) throws UnsafePathException {
        if (relative == null || relative.isBlank()) {
            throw new UnsafePathException("the path is empty");
        }
        try {
            return Path.of(relative);
        } catch (InvalidPathException e) {
            throw new UnsafePathException("'" + relative + "' is not a valid path: " + e.getReason());
        }
    }

    // The deepest existing part decides where the path really goes: below it nothing exists yet,
    // so no link can redirect it.
    private static void checkNoLinkEscape(Path root, Path resolved, String relative) throws UnsafePathException {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Path realRoot = root.toRealPath();
            Path existing = resolved;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return;
            }
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                throw new UnsafePathException("'" + relative + "' goes through the broken symbolic link "
                        + existing + "; remove the link or point it inside " + root);
            }
            if (!existing.toRealPath().startsWith(realRoot)) {
                throw new UnsafePathException("'" + relative + "' goes through a symbolic link that points to "
                        + existing.toRealPath() + ", outside " + root + "; use a path without that link");
            }
        } catch (UnsafePathException e) {
            throw e;
        } catch (IOException e) {
            throw new UnsafePathException("cannot check where '" + relative + "' leads: " + e.getMessage());
        }
    }
}
