package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A workflow's {@code on:}: push filters become the trigger, dispatch inputs pipeline variables. */
final class GitHubTriggers {

    private GitHubTriggers() {
    }

    static Optional<Trigger.PushFilter> read(JsonNode on, Map<String, PipelineVariable> variables, Notes notes) {
        Optional<Trigger.PushFilter> push = Optional.empty();
        var events = new ArrayList<String>();
        if (on.isTextual()) {
            events.add(on.asText());
        } else if (on.isArray()) {
            on.forEach(e -> events.add(e.asText()));
        } else if (on.isObject()) {
            on.fieldNames().forEachRemaining(events::add);
        } else {
            notes.add("workflow on", "missing: the pipeline has no trigger and runs when you start it");
        }
        for (String event : events) {
            JsonNode settings = on.path(event);
            switch (event) {
                case "push" -> push = Optional.of(pushFilter(settings, notes));
                case "workflow_dispatch" -> inputs(settings.path("inputs"), variables, notes);
                default -> notes.add("workflow on." + event, "kept in x-github: Pipewright starts a pipeline by hand "
                        + "or on a push; " + event + " has no local equivalent");
            }
        }
        return push;
    }

    private static Trigger.PushFilter pushFilter(JsonNode push, Notes notes) {
        return new Trigger.PushFilter(patterns(push, "branches", notes), patterns(push, "tags", notes),
                patterns(push, "paths", notes));
    }

    /** {@code branches} with {@code !negations}, or {@code branches-ignore}. */
    private static Trigger.Patterns patterns(JsonNode push, String kind, Notes notes) {
        var includes = new ArrayList<String>();
        var excludes = new ArrayList<String>();
        for (JsonNode p : list(push.path(kind))) {
            String pattern = p.asText();
            if (pattern.startsWith("!")) {
                excludes.add(pattern.substring(1));
            } else {
                includes.add(pattern);
            }
        }
        for (JsonNode p : list(push.path(kind + "-ignore"))) {
            excludes.add(p.asText());
        }
        return new Trigger.Patterns(includes, excludes);
    }

    private static List<JsonNode> list(JsonNode node) {
        var items = new ArrayList<JsonNode>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isTextual()) {
            items.add(node);
        }
        return items;
    }

    private static void inputs(JsonNode inputs, Map<String, PipelineVariable> variables, Notes notes) {
        for (var input : inputs.properties()) {
            String name = input.getKey();
            if (!NameRule.VARIABLE.matches(name)) {
                notes.add("workflow_dispatch input " + name, "left out: a Pipewright variable name uses only "
                        + "letters, digits and @ - _");
                continue;
            }
            JsonNode spec = input.getValue();
            Optional<String> description = Optional.ofNullable(spec.path("description").asText(null));
            if (spec.has("options")) {
                var options = new ArrayList<String>();
                spec.path("options").forEach(o -> options.add(o.asText()));
                description = Optional.of(description.map(d -> d + " ").orElse("") + "One of: "
                        + String.join(", ", options) + ".");
            }
            JsonNode def = spec.path("default");
            variables.put(name, new PipelineVariable(name,
                    def.isMissingNode() || def.isNull() ? Optional.empty() : Optional.of(GitHubMatrix.text(def)),
                    description, false, Optional.empty()));
        }
    }
}
