package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code parallel:} as GitLab expands it: {@code matrix} entries into the product of their lists, or N copies. */
final class GitLabMatrix {

    private GitLabMatrix() {
    }

    /** The variables of each copy; empty when the job is not parallel (or parallel is not understood). */
    static Optional<List<Map<String, String>>> expand(JsonNode parallel) {
        if (parallel.isInt() && parallel.asInt() > 1) {
            var copies = new ArrayList<Map<String, String>>();
            for (int i = 1; i <= parallel.asInt(); i++) {
                copies.add(Map.of("CI_NODE_INDEX", Integer.toString(i), "CI_NODE_TOTAL", parallel.asText()));
            }
            return Optional.of(copies);
        }
        JsonNode matrix = parallel.path("matrix");
        if (!matrix.isArray()) {
            return Optional.empty();
        }
        var all = new ArrayList<Map<String, String>>();
        for (JsonNode entry : matrix) {
            List<Map<String, String>> combos = new ArrayList<>();
            combos.add(new LinkedHashMap<>());
            for (var variable : entry.properties()) {
                var next = new ArrayList<Map<String, String>>();
                List<String> values = new ArrayList<>();
                if (variable.getValue().isArray()) {
                    variable.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(variable.getValue().asText());
                }
                for (Map<String, String> combo : combos) {
                    for (String value : values) {
                        var extended = new LinkedHashMap<>(combo);
                        extended.put(variable.getKey(), value);
                        next.add(extended);
                    }
                }
                combos = next;
            }
            all.addAll(combos);
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }
}
