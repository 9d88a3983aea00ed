package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a declaration holds that Pipewright's model does not, kept in an {@code x-codepipeline}
 * extension on the pipeline, stage or action so that an export gives it back:
 * <ul>
 *   <li>{@code rest}: the fields the model has no place for (roleArn, artifactStore, region,
 *       stage conditions...), verbatim;</li>
 *   <li>{@code order}: the fields the declaration had, in its order, so that an empty list or a
 *       default value that was written is written again, and one that was not is not;</li>
 *   <li>for actions, {@code actionTypeId} (owner, version, a category the model lacks) and
 *       {@code configuration} keys moved aside because the local provider has no such setting.</li>
 * </ul>
 */
record Kept(ObjectNode rest, List<String> order, ObjectNode actionTypeId, ObjectNode configuration) {

    static final String EXTENSION = "x-codepipeline";
    static final JsonMapper JSON = new JsonMapper();

    static Kept empty() {
        return new Kept(JSON.createObjectNode(), List.of(), JSON.createObjectNode(), JSON.createObjectNode());
    }

    /** Splits {@code declaration} into the native fields (left to the caller) and the kept rest. */
    static Kept from(JsonNode declaration, Set<String> nativeFields) {
        ObjectNode rest = JSON.createObjectNode();
        List<String> order = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = declaration.fields(); it.hasNext(); ) {
            var field = it.next();
            order.add(field.getKey());
            if (!nativeFields.contains(field.getKey())) {
                rest.set(field.getKey(), field.getValue());
            }
        }
        return new Kept(rest, order, JSON.createObjectNode(), JSON.createObjectNode());
    }

    /** The kept parts from an element's extensions; empty when it was not imported. */
    static Kept of(Map<String, String> extensions) {
        String text = extensions.get(EXTENSION);
        if (text == null) {
            return empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            List<String> order = new ArrayList<>();
            node.path("order").forEach(n -> order.add(n.asText()));
            return new Kept(object(node.get("rest")), order, object(node.get("actionTypeId")),
                    object(node.get("configuration")));
        } catch (JsonProcessingException e) {
            return empty();
        }
    }

    boolean imported() {
        return !order.isEmpty();
    }

    boolean hadField(String field) {
        return order.contains(field);
    }

    Optional<String> typeField(String field) {
        JsonNode value = actionTypeId.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /** The extension's text, or empty when there is nothing to keep. */
    Optional<String> text() {
        if (order.isEmpty() && rest.isEmpty() && actionTypeId.isEmpty() && configuration.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = JSON.createObjectNode();
        ArrayNode fields = node.putArray("order");
        order.forEach(fields::add);
        if (!rest.isEmpty()) {
            node.set("rest", rest);
        }
        if (!actionTypeId.isEmpty()) {
            node.set("actionTypeId", actionTypeId);
        }
        if (!configuration.isEmpty()) {
            node.set("configuration", configuration);
        }
        return Optional.of(node.toString());
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : JSON.createObjectNode();
    }
}
