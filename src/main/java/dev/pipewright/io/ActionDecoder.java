package dev.pipewright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ClosestName;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Location;
import dev.pipewright.model.OutputArtifact;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads one action of the file: its type, configuration, artifacts, namespace and timeout. */
final class ActionDecoder {

    static final Set<String> FIELDS = Set.of("name", "actionTypeId", "runOrder", "configuration",
            "inputArtifacts", "outputArtifacts", "namespace", "timeoutInMinutes");
    private static final Set<String> TYPE_FIELDS = Set.of("category", "provider", "owner");
    private static final List<String> OWNERS = List.of("AWS", "ThirdParty", "Custom");
    private static final List<String> CATEGORIES =
            Arrays.stream(ActionCategory.values()).map(ActionCategory::displayName).toList();

    private ActionDecoder() {
    }

    static Optional<Action> decode(JsonObject json, int index, String stageWords) {
        String name = json.requiredText("name", "\"Compile\"").orElse("");
        String words = "action " + (name.isEmpty() ? Integer.toString(index + 1) : "'" + name + "'") + " of " + stageWords;
        var self = new JsonObject(json.decoding(), json.node(), json.at(), words);
        if (!self.has("actionTypeId")) {
            self.missing("actionTypeId", "{ \"category\": \"Build\", \"provider\": \"Shell\" }");
        }
        Optional<ActionCategory> category = Optional.empty();
        Optional<String> provider = Optional.empty();
        Optional<String> owner = Optional.empty();
        Optional<JsonObject> type = self.object("actionTypeId", "the actionTypeId of " + words);
        if (type.isPresent()) {
            category = type.get().requiredText("category", "\"Build\"").flatMap(c -> category(type.get(), c));
            provider = type.get().requiredText("provider", "\"Shell\"");
            owner = type.get().text("owner").flatMap(o -> owner(type.get(), o));
            type.get().rest(TYPE_FIELDS, false);
        }
        int runOrder = self.wholeNumber("runOrder").orElse(Action.MIN_RUN_ORDER);
        Map<String, ConfigValue> configuration = self.object("configuration", "the configuration of " + words)
                .map(ActionDecoder::configuration).orElse(Map.of());
        List<String> inputs = self.objects("inputArtifacts", "input artifact", (o, i) -> artifactName(o, Set.of("name")));
        List<OutputArtifact> outputs = self.objects("outputArtifacts", "output artifact", (o, i) -> {
            Optional<String> artifact = artifactName(o, Set.of("name", "files"));
            List<String> files = o.texts("files");
            return artifact.map(n -> new OutputArtifact(n, files));
        });
        Optional<String> namespace = self.text("namespace");
        var timeout = self.number("timeoutInMinutes");
        Map<String, String> extensions = self.rest(FIELDS, true);
        if (category.isEmpty() || provider.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Action(name, category.get(), provider.get(), runOrder, configuration, inputs,
                outputs, namespace, timeout, extensions, owner));
    }

    /** CodePipeline's owners of action types: ThirdParty and Custom ones need not be providers Pipewright knows. */
    private static Optional<String> owner(JsonObject type, String word) {
        if (OWNERS.contains(word)) {
            return Optional.of(word);
        }
        String hint = ClosestName.among(word, OWNERS).map(o -> "did you mean \"" + o + "\"?")
                .orElse("use one of " + String.join(", ", OWNERS) + ", or leave it out for Pipewright's own providers");
        type.decoding().errorAtValue(type.at().field("owner"), "\"" + word + "\" is not an owner of action types; " + hint);
        return Optional.empty();
    }

    private static Optional<String> artifactName(JsonObject artifact, Set<String> fields) {
        Optional<String> name = artifact.requiredText("name", "\"BuildOutput\"");
        artifact.rest(fields, false);
        return name;
    }

    private static Optional<ActionCategory> category(JsonObject type, String word) {
        Optional<ActionCategory> found = ActionCategory.fromName(word);
        if (found.isEmpty()) {
            String hint = ClosestName.among(word, CATEGORIES).map(c -> "did you mean \"" + c + "\"?")
                    .orElse("use one of " + String.join(", ", CATEGORIES));
            type.decoding().errorAtValue(type.at().field("category"), "\"" + word + "\" is not an action category; "
                    + hint);
        }
        return found;
    }

    /**
     * Configuration values are texts, numbers, true/false, lists of texts or objects of texts;
     * anything deeper has no place in a provider setting and is refused.
     */
    private static Map<String, ConfigValue> configuration(JsonObject json) {
        var result = new TreeMap<String, ConfigValue>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.node().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Location at = json.at().field(entry.getKey());
            configValue(json, entry.getKey(), entry.getValue(), at).ifPresent(v -> result.put(entry.getKey(), v));
        }
        return result;
    }

    private static Optional<ConfigValue> configValue(JsonObject json, String key, JsonNode value, Location at) {
        String words = "setting \"" + key + "\" in " + json.what();
        if (value.isTextual()) {
            return Optional.of(new ConfigValue.Text(value.textValue()));
        }
        if (value.isNumber()) {
            return Optional.of(new ConfigValue.Number(value.isIntegralNumber()
                    ? new java.math.BigDecimal(value.bigIntegerValue()) : value.decimalValue()));
        }
        if (value.isBoolean()) {
            return Optional.of(new ConfigValue.Flag(value.booleanValue()));
        }
        if (value.isArray()) {
            var texts = new java.util.ArrayList<String>();
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    texts.add(value.get(i).textValue());
                } else {
                    json.decoding().errorAtValue(at.index(i), "each entry of the " + words
                            + " must be text in quotes, found " + Decoding.kindOf(value.get(i)));
                }
            }
            return Optional.of(new ConfigValue.TextList(texts));
        }
        if (value.isObject()) {
            var map = new TreeMap<String, String>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    map.put(e.getKey(), e.getValue().textValue());
                } else {
                    json.decoding().errorAtValue(at.field(e.getKey()), "\"" + e.getKey() + "\" in the " + words
                            + " must be text in quotes, found " + Decoding.kindOf(e.getValue()));
                }
            }
            return Optional.of(new ConfigValue.TextMap(map));
        }
        json.decoding().errorAtValue(at, "the " + words + " is null; remove the setting to leave it unset");
        return Optional.empty();
    }
}
