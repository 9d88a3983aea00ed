package dev.pipewright.actions.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip with java.util.zip. Zip (as written here) keeps no Unix permissions and no links:
 * symbolic links are left out and reported, so that a zip never silently holds something else.
 */
final class ZipArchive {

    private ZipArchive() {
    }

    /** Writes the entries; returns what was left out, one sentence each. */
    static List<String> write(ArchiveEntries entries, OutputStream out) throws IOException {
        List<String> skipped = new ArrayList<>();
        LocalDateTime fixed = LocalDateTime.of(1980, 1, 1, 0, 0);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ArchiveEntries.Entry entry : entries.entries()) {
                if (entry.kind() == ArchiveEntries.Kind.LINK) {
                    skipped.add("link " + entry.name() + " (zip cannot hold links; use tar.gz to keep them)");
                    continue;
                }
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(fixed);
                zip.putNextEntry(zipEntry);
                if (entry.kind() == ArchiveEntries.Kind.FILE) {
                    Files.copy(entry.path(), zip);
                }
                zip.closeEntry();
            }
        }
        return skipped;
    }
}
