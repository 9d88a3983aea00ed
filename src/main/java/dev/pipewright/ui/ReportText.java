package dev.pipewright.ui;

import dev.pipewright.interop.InteropReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The words of an import or export report, as shown and as copied: one line per note,
 * "where: what", and the files an export wrote. Plain text, so it pastes into an issue or a chat.
 */
final class ReportText {

    static final String NOTHING_LOST = "Everything carried over.";

    private ReportText() {
    }

    static List<String> lines(InteropReport report) {
        return report.notes().stream().map(InteropReport.Note::toString).toList();
    }

    static String of(String heading, List<Path> written, InteropReport report) {
        var text = new StringBuilder(heading).append('\n');
        if (!written.isEmpty()) {
            text.append("\nFiles written:\n");
            written.forEach(f -> text.append("  ").append(f).append('\n'));
        }
        if (report.isEmpty()) {
            text.append('\n').append(NOTHING_LOST).append('\n');
        } else {
            text.append("\nDid not carry over as it was (").append(report.notes().size()).append("):\n");
            lines(report).forEach(l -> text.append("  - ").append(l).append('\n'));
        }
        return text.toString();
    }
}
