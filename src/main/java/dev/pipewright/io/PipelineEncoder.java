package dev.pipewright.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.List;
import java.util.Map;

/** Builds the JSON tree of a pipeline, fields in the fixed order of {@link PipelineFormat}. */
final class PipelineEncoder {

    private PipelineEncoder() {
    }

    static ObjectNode document(Pipeline pipeline) {
        ObjectNode root = LocatedJson.NODES.objectNode();
        String schema = pipeline.extensions().get(PipelineFormat.SCHEMA_FIELD);
        if (schema != null) {
            root.set(PipelineFormat.SCHEMA_FIELD, JsonText.parseKept(schema, PipelineFormat.SCHEMA_FIELD));
        }
        root.put("schemaVersion", PipelineFormat.SCHEMA_VERSION);
        root.set("pipeline", pipeline(pipeline));
        return root;
    }

    private static ObjectNode pipeline(Pipeline pipeline) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        json.put("name", pipeline.name());
        pipeline.description().ifPresent(d -> json.put("description", d));
        if (pipeline.executionMode() != ExecutionMode.SUPERSEDED) {
            json.put("executionMode", pipeline.executionMode().name());
        }
        if (!pipeline.variables().isEmpty()) {
            ArrayNode variables = json.putArray("variables");
            pipeline.variables().forEach(v -> variables.add(variable(v)));
        }
        ArrayNode stages = json.putArray("stages");
        pipeline.stages().forEach(s -> stages.add(stage(s)));
        if (!pipeline.triggers().isEmpty()) {
            ArrayNode triggers = json.putArray("triggers");
            pipeline.triggers().forEach(t -> triggers.add(trigger(t)));
        }
        extensions(json, pipeline.extensions());
        return json;
    }

    private static ObjectNode variable(PipelineVariable variable) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        json.put("name", variable.name());
        variable.defaultValue().ifPresent(v -> json.put("defaultValue", v));
        variable.description().ifPresent(v -> json.put("description", v));
        if (variable.secret()) {
            json.put("secret", true);
        }
        variable.fromEnv().ifPresent(v -> json.put("fromEnv", v));
        return json;
    }

    private static ObjectNode stage(Stage stage) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        json.put("name", stage.name());
        ArrayNode actions = json.putArray("actions");
        stage.actions().forEach(a -> actions.add(action(a)));
        extensions(json, stage.extensions());
        return json;
    }

    private static ObjectNode action(Action action) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        json.put("name", action.name());
        ObjectNode type = json.putObject("actionTypeId");
        type.put("category", action.category().displayName());
        action.owner().ifPresent(o -> type.put("owner", o));
        type.put("provider", action.provider());
        json.put("runOrder", action.runOrder());
        if (!action.configuration().isEmpty()) {
            ObjectNode configuration = json.putObject("configuration");
            // the model keeps configuration sorted, so the file is too
            action.configuration().forEach((k, v) -> configuration.set(k, configValue(v)));
        }
        if (!action.inputArtifacts().isEmpty()) {
            ArrayNode inputs = json.putArray("inputArtifacts");
            action.inputArtifacts().forEach(name -> inputs.addObject().put("name", name));
        }
        if (!action.outputArtifacts().isEmpty()) {
            ArrayNode outputs = json.putArray("outputArtifacts");
            action.outputArtifacts().forEach(o -> outputs.add(output(o)));
        }
        action.namespace().ifPresent(n -> json.put("namespace", n));
        action.timeoutInMinutes().ifPresent(t -> json.put("timeoutInMinutes", t));
        extensions(json, action.extensions());
        return json;
    }

    private static ObjectNode output(OutputArtifact artifact) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        json.put("name", artifact.name());
        if (!artifact.files().isEmpty()) {
            texts(json.putArray("files"), artifact.files());
        }
        return json;
    }

    static com.fasterxml.jackson.databind.JsonNode configValue(ConfigValue value) {
        if (value instanceof ConfigValue.Text t) {
            return LocatedJson.NODES.textNode(t.value());
        }
        if (value instanceof ConfigValue.Number n) {
            return LocatedJson.NODES.numberNode(n.value());
        }
        if (value instanceof ConfigValue.Flag f) {
            return LocatedJson.NODES.booleanNode(f.value());
        }
        if (value instanceof ConfigValue.TextList l) {
            return texts(LocatedJson.NODES.arrayNode(), l.values());
        }
        ObjectNode map = LocatedJson.NODES.objectNode();
        ((ConfigValue.TextMap) value).values().forEach(map::put);
        return map;
    }

    private static ObjectNode trigger(Trigger trigger) {
        ObjectNode json = LocatedJson.NODES.objectNode();
        ObjectNode git = json.putObject("gitConfiguration");
        git.put("sourceActionName", trigger.sourceActionName());
        if (!trigger.push().isEmpty()) {
            ArrayNode push = git.putArray("push");
            for (Trigger.PushFilter filter : trigger.push()) {
                ObjectNode f = push.addObject();
                patterns(f, "branches", filter.branches());
                patterns(f, "tags", filter.tags());
                patterns(f, "filePaths", filter.filePaths());
            }
        }
        return json;
    }

    private static void patterns(ObjectNode json, String field, Trigger.Patterns patterns) {
        if (patterns.isEmpty()) {
            return;
        }
        ObjectNode p = json.putObject(field);
        if (!patterns.includes().isEmpty()) {
            texts(p.putArray("includes"), patterns.includes());
        }
        if (!patterns.excludes().isEmpty()) {
            texts(p.putArray("excludes"), patterns.excludes());
        }
    }

    private static ArrayNode texts(ArrayNode array, List<String> values) {
        values.forEach(array::add);
        return array;
    }

    /** x- fields after the known ones, sorted (the model keeps them sorted); $schema went to the top. */
    private static void extensions(ObjectNode json, Map<String, String> extensions) {
        extensions.forEach((name, text) -> {
            if (!name.equals(PipelineFormat.SCHEMA_FIELD)) {
                json.set(name, JsonText.parseKept(text, "extension field " + name));
            }
        });
    }
}
