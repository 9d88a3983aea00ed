package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of one declaration object, written in the imported order, then the default order. */
final class Fields {

    private final Map<String, JsonNode> values = new LinkedHashMap<>();

    void put(String name, JsonNode value) {
        values.put(name, value);
    }

    /** Adds every kept field the model had no place for, unless written already. */
    void putRest(ObjectNode rest) {
        for (Iterator<Map.Entry<String, JsonNode>> it = rest.fields(); it.hasNext(); ) {
            var field = it.next();
            values.putIfAbsent(field.getKey(), field.getValue());
        }
    }

    ObjectNode write(List<String> order) {
        ObjectNode json = Kept.JSON.createObjectNode();
        for (String name : order) {
            if (values.containsKey(name)) {
                json.set(name, values.get(name));
            }
        }
        values.forEach((name, value) -> {
            if (!json.has(name)) {
                json.set(name, value);
            }
        });
        return json;
    }
}
