package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .gitlab-ci.yml} with its jobs resolved as GitLab resolves them: {@code extends} merged
 * (hashes deeply, everything else replaced), {@code default:} applied, {@code !reference} tags
 * replaced by what they point at. Anchors and {@code <<} merges were already resolved by the YAML
 * reader.
 */
final class GitLabConfig {

    /** Top-level keys that are not jobs. */
    static final Set<String> GLOBAL_KEYS = Set.of("default", "include", "stages", "variables", "workflow", "image",
            "services", "cache", "before_script", "after_script", "spec", "types");

    private static final Set<String> DEFAULT_KEYS = Set.of("after_script", "artifacts", "before_script", "cache",
            "hooks", "id_tokens", "image", "interruptible", "retry", "services", "tags", "timeout");
    private static final int MAX_EXTENDS_DEPTH = 11;

    private final ObjectNode root;
    private final Notes notes;
    private final Map<String, ObjectNode> resolved = new LinkedHashMap<>();

    private GitLabConfig(ObjectNode root, Notes notes) {
        this.root = root;
        this.notes = notes;
    }

    /** The visible jobs (not hidden, not global keys), by name, in file order, fully resolved. */
    static Map<String, ObjectNode> jobs(ObjectNode root, Notes notes) {
        var config = new GitLabConfig(root, notes);
        var jobs = new LinkedHashMap<String, ObjectNode>();
        for (var entry : root.properties()) {
            String name = entry.getKey();
            if (GLOBAL_KEYS.contains(name) || name.startsWith(".")) {
                continue;
            }
            if (!entry.getValue().isObject()) {
                notes.add("job " + name, "is not a mapping of job settings; left out");
                continue;
            }
            ObjectNode job = config.withDefaults(config.extended(name, new LinkedHashSet<>()));
            jobs.put(name, (ObjectNode) config.references(job, "job " + name, 0));
        }
        return jobs;
    }

    private ObjectNode extended(String name, LinkedHashSet<String> path) {
        ObjectNode known = resolved.get(name);
        if (known != null) {
            return known;
        }
        JsonNode own = root.get(name);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (!path.add(name) || path.size() > MAX_EXTENDS_DEPTH) {
            notes.add("job " + name, "its extends go round in a circle or deeper than " + MAX_EXTENDS_DEPTH
                    + " levels; they are left out");
            return own.deepCopy();
        }
        JsonNode extendsList = own.path("extends");
        for (JsonNode parent : extendsList.isArray() ? extendsList : JsonNodeFactory.instance.arrayNode().add(extendsList)) {
            if (parent.isMissingNode() || parent.isNull()) {
                continue;
            }
            String parentName = parent.asText();
            if (root.get(parentName) instanceof ObjectNode) {
                merge(result, extended(parentName, path));
            } else {
                notes.add("job " + name, "extends " + parentName + ", which is not in this file (probably in an "
                        + "included file, which is not fetched): its settings are missing");
            }
        }
        path.remove(name);
        merge(result, own);
        result.remove("extends");
        resolved.put(name, result);
        return result;
    }

    /** GitLab's extends merge: hashes deeply, everything else replaced. */
    private static void merge(ObjectNode into, JsonNode from) {
        for (var e : from.properties()) {
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue().isObject() && !isReference(e.getValue())) {
                merge(target, e.getValue());
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    private ObjectNode withDefaults(ObjectNode job) {
        ObjectNode defaults = root.path("default").isObject() ? ((ObjectNode) root.get("default")).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (String global : List.of("image", "services", "cache", "before_script", "after_script")) {
            if (root.has(global) && !defaults.has(global)) {
                defaults.set(global, root.get(global)); // the deprecated top-level form of default:
            }
        }
        JsonNode inherit = job.path("inherit").path("default");
        ObjectNode copy = job.deepCopy();
        for (var e : defaults.properties()) {
            String key = e.getKey();
            boolean inherited = inherit.isMissingNode() || inherit.isBoolean() && inherit.asBoolean()
                    || inherit.isArray() && contains(inherit, key);
            if (DEFAULT_KEYS.contains(key) && inherited && !copy.has(key)) {
                copy.set(key, e.getValue().deepCopy());
            }
        }
        return copy;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces {@code !reference [job, key, ...]} by the value it points at, in a resolved job. */
    private JsonNode references(JsonNode node, String where, int depth) {
        if (isReference(node)) {
            JsonNode path = node.get(YamlReader.REFERENCE_TAG);
            JsonNode target = lookup(path);
            if (target == null || depth > 10) {
                notes.add(where, "!reference " + path + " points at nothing in this file (an included file is not "
                        + "fetched); left out");
                return JsonNodeFactory.instance.missingNode();
            }
            return references(target, where, depth + 1);
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : array) {
                JsonNode value = references(item, where, depth);
                if (isReference(item) && value.isArray()) {
                    copy.addAll((ArrayNode) value); // GitLab flattens a list a !reference brings into a list
                } else if (!value.isMissingNode()) {
                    copy.add(value);
                }
            }
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (var e : object.properties()) {
                JsonNode value = references(e.getValue(), where, depth);
                if (!value.isMissingNode()) {
                    copy.set(e.getKey(), value);
                }
            }
            return copy;
        }
        return node;
    }

    private JsonNode lookup(JsonNode path) {
        if (!path.isArray() || path.isEmpty()) {
            return null;
        }
        String first = path.get(0).asText();
        JsonNode current = root.get(first) instanceof ObjectNode && !GLOBAL_KEYS.contains(first)
                ? extended(first, new LinkedHashSet<>()) : root.get(first);
        for (int i = 1; i < path.size() && current != null; i++) {
            current = current.get(path.get(i).asText());
        }
        return current;
    }

    static boolean isReference(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has(YamlReader.REFERENCE_TAG);
    }

    /** Script lines: strings as they are, nested lists (from !reference) flattened. */
    static List<String> lines(JsonNode script) {
        var lines = new ArrayList<String>();
        if (script.isTextual()) {
            lines.addAll(script.asText().lines().toList());
        } else if (script.isArray()) {
            script.forEach(item -> lines.addAll(lines(item)));
        } else if (script.isValueNode() && !script.isNull()) {
            lines.add(script.asText());
        }
        return lines;
    }
}
