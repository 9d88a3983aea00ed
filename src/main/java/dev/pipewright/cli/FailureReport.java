package dev.pipewright.cli;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.StageRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** After a failed run: the last lines of each failed action's log, and how to see the rest. */
final class FailureReport {

    static final int TAIL_LINES = 20;
    private static final int TAIL_BYTES = 16 * 1024;

    private final ExecutionFolder folder;
    private final PrintWriter out;

    FailureReport(ExecutionFolder folder, PrintWriter out) {
        this.folder = folder;
        this.out = out;
    }

    void print(ExecutionRecord record) {
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                if (action.status() != ActionStatus.FAILED) {
                    continue;
                }
                out.println();
                out.println("── " + stage.name() + "/" + action.name() + ": last lines of its log ──");
                for (String line : tail(folder.dir().resolve(action.logFile()), TAIL_LINES)) {
                    out.println("  " + line);
                }
                out.println("── whole log: pipewright logs " + record.executionId() + " " + stage.name() + "/"
                        + action.name());
            }
        }
    }

    /** The last {@code lines} lines of a file, reading only its end. */
    static List<String> tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of("(no log)");
        }
        try (var raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            var all = new ArrayList<>(List.of(text.split("\r?\n")));
            if (length > size && !all.isEmpty()) {
                all.remove(0); // probably a partial line
            }
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }
}
