package dev.pipewright.cli;

import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.InteropReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the import and export commands share: the format word, reading, not overwriting, the report. */
final class InteropFiles {

    private InteropFiles() {
    }

    static InteropFormat format(String word) {
        return InteropFormat.byId(word).orElseThrow(() -> new UserError("unknown format '" + word + "'; use one of "
                + Arrays.stream(InteropFormat.values()).map(InteropFormat::id).collect(Collectors.joining(", "))));
    }

    static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": this is a folder; name the file to import");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": there is no such file; check the path");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read it: " + e.getMessage());
        }
    }

    static void refuseOverwrite(Path target, boolean force) {
        if (Files.exists(target) && !force) {
            throw new UserError(target + " exists already; choose another name with -o, or add --force to "
                    + "overwrite it");
        }
    }

    static void printReport(InteropReport report, PrintWriter out) {
        if (report.isEmpty()) {
            out.println("Everything carried over.");
            return;
        }
        out.println("Did not carry over as it was (" + report.notes().size() + "):");
        report.notes().forEach(n -> out.println("  - " + n));
    }
}
