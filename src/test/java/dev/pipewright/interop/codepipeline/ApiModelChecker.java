package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against a shape of a botocore service model (the CodePipeline API
 * model): required members, unknown members, types, min/max of strings, lists, maps and numbers,
 * patterns (matched whole, as AWS does) and enums. The API model is not a JSON Schema, so this
 * walk is what "passes the CodePipeline API model's constraints" means.
 */
final class ApiModelChecker {

    private final JsonNode shapes;
    private final Map<String, Pattern> patterns = new HashMap<>();

    private ApiModelChecker(JsonNode shapes) {
        this.shapes = shapes;
    }

    static ApiModelChecker load(Path serviceModel) throws IOException {
        return new ApiModelChecker(new JsonMapper().readTree(Files.readString(serviceModel)).get("shapes"));
    }

    /** Every violation, as "path: what"; empty when the document fits the shape. */
    List<String> check(JsonNode document, String shapeName) {
        List<String> problems = new ArrayList<>();
        check(document, shapeName, "$", problems);
        return problems;
    }

    private void check(JsonNode value, String shapeName, String path, List<String> problems) {
        JsonNode shape = shapes.get(shapeName);
        if (shape == null) {
            problems.add(path + ": the model has no shape " + shapeName);
            return;
        }
        switch (shape.get("type").asText()) {
            case "structure" -> structure(value, shape, shapeName, path, problems);
            case "list" -> {
                if (!value.isArray()) {
                    problems.add(path + ": must be a list (" + shapeName + ")");
                    return;
                }
                bounds(value.size(), shape, path, "entries", problems);
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), shape.get("member").get("shape").asText(), path + "[" + i + "]", problems);
                }
            }
            case "map" -> {
                if (!value.isObject()) {
                    problems.add(path + ": must be an object (" + shapeName + ")");
                    return;
                }
                bounds(value.size(), shape, path, "entries", problems);
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    var entry = it.next();
                    check(JsonMapper.builder().build().getNodeFactory().textNode(entry.getKey()),
                            shape.get("key").get("shape").asText(), path + " key '" + entry.getKey() + "'", problems);
                    check(entry.getValue(), shape.get("value").get("shape").asText(), path + "." + entry.getKey(),
                            problems);
                }
            }
            case "string" -> string(value, shape, shapeName, path, problems);
            case "integer", "long" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": must be a whole number (" + shapeName + ")");
                    return;
                }
                if (shape.has("min") && value.longValue() < shape.get("min").longValue()) {
                    problems.add(path + ": " + value + " is below the minimum " + shape.get("min"));
                }
                if (shape.has("max") && value.longValue() > shape.get("max").longValue()) {
                    problems.add(path + ": " + value + " is above the maximum " + shape.get("max"));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": must be true or false (" + shapeName + ")");
                }
            }
            case "timestamp" -> {
                if (!value.isTextual() && !value.isNumber()) {
                    problems.add(path + ": must be a timestamp (" + shapeName + ")");
                }
            }
            default -> problems.add(path + ": shape type " + shape.get("type") + " is not checked");
        }
    }

    private void structure(JsonNode value, JsonNode shape, String shapeName, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": must be an object (" + shapeName + ")");
            return;
        }
        for (JsonNode required : shape.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + ": " + shapeName + " requires '" + required.asText() + "'");
            }
        }
        JsonNode members = shape.get("members");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            var field = it.next();
            JsonNode member = members.get(field.getKey());
            if (member == null) {
                problems.add(path + ": " + shapeName + " has no member '" + field.getKey() + "'");
            } else {
                check(field.getValue(), member.get("shape").asText(), path + "." + field.getKey(), problems);
            }
        }
    }

    private void string(JsonNode value, JsonNode shape, String shapeName, String path, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(path + ": must be text (" + shapeName + ")");
            return;
        }
        String text = value.textValue();
        bounds(text.length(), shape, path, "characters", problems);
        if (shape.has("enum")) {
            List<String> allowed = new ArrayList<>();
            shape.get("enum").forEach(e -> allowed.add(e.asText()));
            if (!allowed.contains(text)) {
                problems.add(path + ": '" + text + "' is not one of " + allowed);
            }
        }
        if (shape.has("pattern")) {
            Pattern pattern = patterns.computeIfAbsent(shape.get("pattern").asText(), p -> Pattern.compile(p, Pattern.DOTALL));
            if (!pattern.matcher(text).matches()) {
                problems.add(path + ": '" + text + "' does not match " + pattern.pattern() + " (" + shapeName + ")");
            }
        }
    }

    private static void bounds(int size, JsonNode shape, String path, String unit, List<String> problems) {
        if (shape.has("min") && size < shape.get("min").intValue()) {
            problems.add(path + ": " + size + " " + unit + ", at least " + shape.get("min") + " needed");
        }
        if (shape.has("max") && size > shape.get("max").intValue()) {
            problems.add(path + ": " + size + " " + unit + ", at most " + shape.get("max") + " allowed");
        }
    }
}
