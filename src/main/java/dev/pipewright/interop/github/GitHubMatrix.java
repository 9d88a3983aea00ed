package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands {@code strategy.matrix} into its combinations, as GitHub does: the product of the
 * lists, minus {@code exclude}, then each {@code include} entry added to every combination whose
 * original values it does not change, or as a combination of its own when it fits none.
 */
final class GitHubMatrix {

    /**
     * One combination.
     *
     * @param values  every key's value as text
     * @param naming  the values that tell this combination apart, for the action name
     */
    record Combination(Map<String, String> values, List<String> naming) {
    }

    private GitHubMatrix() {
    }

    /** Empty when the matrix is an expression (computed at run time), which cannot be expanded here. */
    static Optional<List<Combination>> expand(JsonNode matrix) {
        if (!matrix.isObject()) {
            return Optional.empty();
        }
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        var keys = new ArrayList<String>();
        for (var field : matrix.properties()) {
            String key = field.getKey();
            if (key.equals("include") || key.equals("exclude")) {
                continue;
            }
            if (!field.getValue().isArray()) {
                return Optional.empty();
            }
            keys.add(key);
            var next = new ArrayList<Map<String, String>>();
            for (Map<String, String> combo : combos) {
                for (JsonNode value : field.getValue()) {
                    var extended = new LinkedHashMap<>(combo);
                    extended.put(key, text(value));
                    next.add(extended);
                }
            }
            combos = next;
        }
        if (keys.isEmpty()) {
            combos.clear();
        }
        JsonNode exclude = matrix.path("exclude");
        if (exclude.isArray()) {
            for (JsonNode rule : exclude) {
                combos.removeIf(c -> matches(c, rule));
            }
        } else if (!exclude.isMissingNode()) {
            return Optional.empty();
        }
        var result = new ArrayList<Combination>();
        var originals = new ArrayList<Map<String, String>>();
        for (Map<String, String> combo : combos) {
            originals.add(Map.copyOf(combo));
            result.add(new Combination(new LinkedHashMap<>(combo), List.copyOf(combo.values())));
        }
        JsonNode include = matrix.path("include");
        if (include.isArray()) {
            for (JsonNode entry : include) {
                if (!entry.isObject()) {
                    return Optional.empty();
                }
                boolean added = false;
                for (int i = 0; i < result.size() && i < originals.size(); i++) {
                    if (fitsWithoutOverwriting(originals.get(i), entry)) {
                        Map<String, String> values = result.get(i).values();
                        entry.properties().forEach(e -> values.put(e.getKey(), text(e.getValue())));
                        added = true;
                    }
                }
                if (!added) {
                    var values = new LinkedHashMap<String, String>();
                    entry.properties().forEach(e -> values.put(e.getKey(), text(e.getValue())));
                    result.add(new Combination(values, List.copyOf(values.values())));
                }
            }
        } else if (!include.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private static boolean matches(Map<String, String> combo, JsonNode rule) {
        if (!rule.isObject()) {
            return false;
        }
        for (var e : rule.properties()) {
            if (!text(e.getValue()).equals(combo.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsWithoutOverwriting(Map<String, String> original, JsonNode entry) {
        for (var e : entry.properties()) {
            String was = original.get(e.getKey());
            if (was != null && !was.equals(text(e.getValue()))) {
                return false;
            }
        }
        return true;
    }

    static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
