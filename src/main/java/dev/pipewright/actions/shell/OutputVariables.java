package dev.pipewright.actions.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code $PIPEWRIGHT_OUTPUT} file: {@code KEY=VALUE} lines, and {@code KEY<<END} ...
 * {@code END} blocks for values of several lines (as GitHub's {@code $GITHUB_OUTPUT}).
 */
final class OutputVariables {
    private OutputVariables() {
    }

    static Map<String, String> parse(List<String> lines) {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int heredoc = line.indexOf("<<");
            int eq = line.indexOf('=');
            if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
                String key = line.substring(0, heredoc).strip();
                String end = line.substring(heredoc + 2).strip();
                var value = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).equals(end)) {
                    if (value.length() > 0) {
                        value.append('\n');
                    }
                    value.append(lines.get(j));
                    j++;
                }
                if (j == lines.size()) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": '" + key + "<<" + end
                            + "' is never closed by a line '" + end + "'");
                }
                values.put(checked(key, i), value.toString());
                i = j;
            } else if (eq > 0) {
                values.put(checked(line.substring(0, eq).strip(), i), line.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected KEY=VALUE, found '" + line + "'");
            }
        }
        return values;
    }

    private static String checked(String key, int index) {
        if (!key.matches("[A-Za-z0-9@_\\-.]{1,128}")) {
            throw new IllegalArgumentException("line " + (index + 1) + ": '" + key
                    + "' is not a variable name (letters, digits, @ _ - . up to 128)");
        }
        return key;
    }
}
