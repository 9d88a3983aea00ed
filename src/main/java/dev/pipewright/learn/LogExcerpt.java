package dev.pipewright.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start and the end of an action's log, never the whole of it: a log may be gigabytes, and a
 * lesson needs the lines that say what happened.
 *
 * @param head    the first lines
 * @param skipped how many lines (or, for a large log, how many bytes) lie between head and tail
 * @param tail    the last lines, empty when the head holds everything
 */
record LogExcerpt(List<String> head, String skipped, List<String> tail) {

    static final int LINES = 12;
    private static final int TAIL_BYTES = 16 * 1024;
    private static final int WHOLE_BYTES = 256 * 1024;

    static LogExcerpt of(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return new LogExcerpt(List.of(), "", List.of());
        }
        long size = Files.size(log);
        if (size <= WHOLE_BYTES) {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            if (all.size() <= 2 * LINES) {
                return new LogExcerpt(all, "", List.of());
            }
            return new LogExcerpt(all.subList(0, LINES), (all.size() - 2 * LINES) + " lines",
                    all.subList(all.size() - LINES, all.size()));
        }
        var head = new ArrayList<String>();
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line; head.size() < LINES && (line = in.readLine()) != null; ) {
                head.add(line.length() > 400 ? line.substring(0, 400) + "…" : line);
            }
        }
        byte[] end = new byte[TAIL_BYTES];
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(size - TAIL_BYTES);
            file.readFully(end);
        }
        List<String> lines = new ArrayList<>(List.of(new String(end, StandardCharsets.UTF_8).split("\n", -1)));
        lines.remove(0); // most likely cut in the middle
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        var tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
        return new LogExcerpt(head, "about " + (size / 1024) + " KiB", List.copyOf(tail));
    }
}
