package dev.pipewright.interop.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The keys of one level of an imported file (a workflow, a job, a step) that the import does not
 * map onto the pipeline, kept as they are so that nothing is lost silently: they go into the
 * {@code x-github} or {@code x-gitlab} field at the same level, are named in the report, and are
 * written back on export.
 *
 * <p>A mapped path {@code "env"} covers the key and everything under it; {@code "defaults.run.shell"}
 * covers only that key, so the other keys under {@code defaults} are kept.
 */
public final class Unmapped {

    private Unmapped() {
    }

    /** The keys of {@code level} that no path of {@code mapped} covers, with their values. */
    public static ObjectNode of(JsonNode level, Set<String> mapped) {
        return of(level, mapped, "");
    }

    private static ObjectNode of(JsonNode level, Set<String> mapped, String prefix) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (var field : level.properties()) {
            String path = prefix + field.getKey();
            if (mapped.contains(path)) {
                continue;
            }
            boolean partly = mapped.stream().anyMatch(m -> m.startsWith(path + "."));
            if (partly && field.getValue().isObject()) {
                ObjectNode rest = of(field.getValue(), mapped, path + ".");
                if (!rest.isEmpty()) {
                    kept.set(field.getKey(), rest);
                }
            } else {
                kept.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return kept;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper
            .builder().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    /**
     * What an import kept, read back from its extension field: a mapping, with numbers as written
     * ({@code 1.10} stays 1.10); empty when absent or not written by an import.
     */
    public static java.util.Optional<JsonNode> read(String extension) {
        if (extension == null) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(extension);
            return node.isObject() ? java.util.Optional.of(node) : java.util.Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    /** The names of the keys kept, for the report: {@code on (schedule, pull_request)}, {@code runs-on}. */
    public static String names(JsonNode kept) {
        var names = new ArrayList<String>();
        for (var field : kept.properties()) {
            boolean partial = field.getValue().isObject() && field.getValue().size() <= 4 && !field.getValue().isEmpty();
            names.add(field.getKey() + (partial ? " (" + String.join(", ", fieldNames(field.getValue())) + ")" : ""));
        }
        return String.join(", ", names);
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Writes {@code kept} back into {@code into}: a key {@code into} lacks is added; where both hold
     * a mapping they are merged the same way; otherwise the kept value wins when {@code keptWins}
     * (the runner a job ran on) and the written one stays when not.
     */
    public static void writeBack(ObjectNode into, JsonNode kept, boolean keptWins) {
        for (var field : kept.properties()) {
            JsonNode present = into.get(field.getKey());
            if (present == null) {
                into.set(field.getKey(), field.getValue().deepCopy());
            } else if (present instanceof ObjectNode object && field.getValue().isObject()) {
                writeBack(object, field.getValue(), keptWins);
            } else if (keptWins) {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
