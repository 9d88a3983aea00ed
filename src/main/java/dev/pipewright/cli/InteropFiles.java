package dev.pipewright.cli;

import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.InteropReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the import and export commands share: the format word, not overwriting, the report. */
final class InteropFiles {

    private InteropFiles() {
    }

    static InteropFormat format(String word) {
        return InteropFormat.byId(word).orElseThrow(() -> new UserError("unknown format '" + word + "'; use one of "
                + Arrays.stream(InteropFormat.values()).map(InteropFormat::id).collect(Collectors.joining(", "))));
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
