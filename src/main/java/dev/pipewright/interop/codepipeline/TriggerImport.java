package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * V2 triggers: push filters on a connection source become the model's triggers. Anything the model
 * cannot hold exactly (pull-request filters, another provider type) keeps all triggers verbatim
 * for the export instead, and the report says that a local run does not use them.
 */
final class TriggerImport {

    private static final Set<String> CRITERIA = Set.of("branches", "tags", "filePaths");

    private TriggerImport() {
    }

    static List<Trigger> read(JsonNode triggers, ObjectNode rest, CodePipelineImporter.Notes notes) {
        if (triggers.isMissingNode() || triggers.isNull()) {
            return List.of();
        }
        List<Trigger> result = new ArrayList<>();
        for (JsonNode trigger : triggers) {
            Trigger read = representable(trigger);
            if (read == null) {
                rest.set("triggers", triggers);
                notes.add("triggers", "kept for the export as they are; they include filters Pipewright does not "
                        + "hold (pull-request events, or not only push branches/tags/file paths), so they are not "
                        + "shown or used locally");
                return List.of();
            }
            result.add(read);
        }
        if (result.isEmpty()) {
            rest.set("triggers", triggers); // an empty list written out is given back as written
        }
        return result;
    }

    /** The trigger, or null when the model cannot hold it exactly. */
    private static Trigger representable(JsonNode trigger) {
        if (!only(trigger, Set.of("providerType", "gitConfiguration"))
                || !trigger.path("providerType").asText().equals("CodeStarSourceConnection")) {
            return null;
        }
        JsonNode git = trigger.path("gitConfiguration");
        if (!only(git, Set.of("sourceActionName", "push")) || !git.path("sourceActionName").isTextual()
                || !git.path("push").isArray() || git.path("push").isEmpty()) {
            return null;
        }
        List<Trigger.PushFilter> filters = new ArrayList<>();
        for (JsonNode push : git.path("push")) {
            if (!only(push, CRITERIA) || push.isEmpty()) {
                return null;
            }
            Trigger.Patterns branches = patterns(push.get("branches"));
            Trigger.Patterns tags = patterns(push.get("tags"));
            Trigger.Patterns paths = patterns(push.get("filePaths"));
            if (branches == null || tags == null || paths == null) {
                return null;
            }
            filters.add(new Trigger.PushFilter(branches, tags, paths));
        }
        return new Trigger(git.get("sourceActionName").textValue(), filters);
    }

    private static Trigger.Patterns patterns(JsonNode criteria) {
        if (criteria == null) {
            return Trigger.Patterns.ANY;
        }
        if (!only(criteria, Set.of("includes", "excludes")) || criteria.isEmpty()) {
            return null;
        }
        List<String> includes = texts(criteria.get("includes"));
        List<String> excludes = texts(criteria.get("excludes"));
        if (includes == null || excludes == null) {
            return null;
        }
        return new Trigger.Patterns(includes, excludes);
    }

    /** The texts of a non-empty list; an empty list for an absent one; null when it cannot be held exactly. */
    private static List<String> texts(JsonNode list) {
        if (list == null) {
            return List.of();
        }
        if (!list.isArray() || list.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return null;
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    private static boolean only(JsonNode node, Set<String> fields) {
        if (!node.isObject()) {
            return false;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (!fields.contains(it.next())) {
                return false;
            }
        }
        return true;
    }
}
