package dev.pipewright.actions.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file named by {@code PIPEWRIGHT_OUTPUT}, in GitHub's {@code $GITHUB_OUTPUT} format:
 * {@code KEY=VALUE} lines, and {@code KEY<<DELIMITER} ... {@code DELIMITER} blocks for values of
 * several lines. A later line for the same key wins.
 */
public final class OutputVariablesFile {

    /** CodePipeline allows 120 KB of output variables per action; far more means a mistake. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final Pattern HEREDOC = Pattern.compile("(" + KEY.pattern() + ")<<(\\S+)");

    private OutputVariablesFile() {
    }

    /** The variables in the file, in the order written; a message naming the line when malformed. */
    public static Map<String, String> read(Path file) throws IOException, MalformedOutputException {
        // one open, its size and one read: this runs after every action, usually on an empty file
        byte[] bytes;
        try (var channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size == 0) {
                return Map.of();
            }
            if (size > MAX_BYTES) {
                throw new MalformedOutputException("the PIPEWRIGHT_OUTPUT file holds " + size
                        + " bytes; output variables are for short values (at most " + MAX_BYTES
                        + "); put large results in an output artifact instead");
            }
            var buffer = java.nio.ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // until full or the end of the file
            }
            bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (java.nio.file.NoSuchFileException e) {
            return Map.of();
        }
        // strict, as readAllLines was: bytes that are not UTF-8 are an error, not replaced
        return parse(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                .lines().toList());
    }

    static Map<String, String> parse(List<String> lines) throws MalformedOutputException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripCr(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            Matcher heredoc = HEREDOC.matcher(line);
            int equals = line.indexOf('=');
            if (heredoc.matches() && (equals < 0 || equals > line.indexOf("<<"))) {
                String delimiter = heredoc.group(2);
                StringBuilder value = new StringBuilder();
                int start = i + 1;
                int j = start;
                while (j < lines.size() && !stripCr(lines.get(j)).equals(delimiter)) {
                    if (j > start) {
                        value.append('\n');
                    }
                    value.append(stripCr(lines.get(j)));
                    j++;
                }
                if (j == lines.size()) {
                    throw new MalformedOutputException("line " + (i + 1) + " of the PIPEWRIGHT_OUTPUT file starts '"
                            + line + "' but no line '" + delimiter + "' ends it");
                }
                variables.put(heredoc.group(1), value.toString());
                i = j;
            } else if (equals > 0 && KEY.matcher(line.substring(0, equals)).matches()) {
                variables.put(line.substring(0, equals), line.substring(equals + 1));
            } else {
                throw new MalformedOutputException("line " + (i + 1) + " of the PIPEWRIGHT_OUTPUT file, '"
                        + abbreviate(line) + "', is neither NAME=value nor NAME<<DELIMITER (names: letters, "
                        + "digits, _ . -, not starting with a digit)");
            }
        }
        return variables;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    /** The file does not follow the format. */
    public static final class MalformedOutputException extends Exception {
        public MalformedOutputException(String message) {
            super(message);
        }
    }
}
