package dev.pipewright.actions.invoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which HTTP status codes count as success, written as {@code 200}, {@code 2xx} or a
 * comma-separated mix such as {@code 200,201,3xx}.
 */
public record StatusExpectation(String text, List<String> patterns) {

    public StatusExpectation {
        patterns = List.copyOf(patterns);
    }

    public static StatusExpectation parse(String text) throws IllegalArgumentException {
        List<String> patterns = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase();
            if (!p.matches("[1-5][0-9x][0-9x]")) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a status code like 200 or a range "
                        + "like 2xx");
            }
            patterns.add(p);
        }
        return new StatusExpectation(text.trim(), patterns);
    }

    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public boolean accepts(int status) {
        String code = Integer.toString(status);
        return patterns.stream().anyMatch(p -> matches(p, code));
    }

    private static boolean matches(String pattern, String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (pattern.charAt(i) != 'x' && pattern.charAt(i) != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
