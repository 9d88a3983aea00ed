package dev.pipewright.actions.deploy;

import dev.pipewright.actions.files.SafePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder's entries as an archive lists them: {@code /}-separated relative names in sorted order,
 * so the same folder always gives the same archive bytes.
 */
record ArchiveEntries(Path folder, List<Entry> entries) {

    /** 1980-01-01T00:00:00Z, the earliest time a zip can hold; used for every entry so archives are reproducible. */
    static final long FIXED_EPOCH_SECONDS = 315_532_800L;

    enum Kind { FOLDER, FILE, LINK }

    record Entry(String name, Path path, Kind kind) {
    }

    static ArchiveEntries of(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Entry> entries = walk.filter(p -> !p.equals(folder)).map(p -> entry(folder, p))
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList();
            for (Entry e : entries) {
                SafePaths.checkEntryName(e.name());
            }
            return new ArchiveEntries(folder, entries);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Entry entry(Path folder, Path p) {
        String name = folder.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
            return new Entry(name, p, Kind.LINK);
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return new Entry(name + "/", p, Kind.FOLDER);
        }
        return new Entry(name, p, Kind.FILE);
    }
}
