package dev.pipewright.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.ProviderCatalog;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of {@code *.pipeline.json}, so that editors can check and
 * complete pipeline files. Each provider's settings are described under an {@code if} on the
 * action's {@code actionTypeId}; the rules a schema cannot say (artifact flow, references) stay
 * with validation.
 */
public final class PipelineSchema {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final String EXTENSION_PATTERN = "^x-";

    private PipelineSchema() {
    }

    /** The schema as JSON text, the same bytes for the same catalog. */
    public static String generate(ProviderCatalog catalog) {
        ObjectNode schema = node();
        schema.put("$schema", DIALECT);
        schema.put("$id", "https://pipewright.dev/schema/pipeline-" + PipelineFormat.SCHEMA_VERSION + ".json");
        schema.put("title", "Pipewright pipeline");
        schema.put("description", "A pipeline file (*.pipeline.json): stages of actions, as AWS CodePipeline's.");
        ObjectNode properties = closedObject(schema, "schemaVersion", "pipeline");
        properties.putObject("$schema").put("type", "string").put("description", "The schema this file follows.");
        properties.putObject("schemaVersion").put("const", PipelineFormat.SCHEMA_VERSION)
                .put("description", "The version of the file format.");
        ref(properties, "pipeline", "pipeline");
        ObjectNode defs = schema.putObject("$defs");
        names(defs);
        defs.set("pipeline", pipeline());
        defs.set("variable", variable());
        defs.set("stage", stage());
        defs.set("action", ProviderSchemas.withProviders(action(), catalog));
        defs.set("trigger", trigger());
        defs.set("patterns", patterns());
        return JsonText.pretty(schema);
    }

    private static void names(ObjectNode defs) {
        name(defs, "name", NameRule.NAME, "Letters, digits and . @ - _, at most 100.");
        name(defs, "artifactName", NameRule.ARTIFACT, "Letters, digits and - _, at most 100.");
        name(defs, "namespace", NameRule.NAMESPACE, "Letters, digits and @ - _, at most 100.");
        name(defs, "variableName", NameRule.VARIABLE, "Letters, digits and @ - _, at most 128.");
    }

    private static void name(ObjectNode defs, String key, NameRule rule, String description) {
        defs.putObject(key).put("type", "string").put("pattern", rule.regex()).put("description", description);
    }

    private static ObjectNode pipeline() {
        ObjectNode pipeline = node();
        ObjectNode p = closedObject(pipeline, "name", "stages");
        ref(p, "name", "name");
        p.putObject("description").put("type", "string");
        ArrayNode modes = p.putObject("executionMode").put("default", ExecutionMode.SUPERSEDED.name())
                .put("description", "How overlapping runs behave.").putArray("enum");
        Arrays.stream(ExecutionMode.values()).forEach(m -> modes.add(m.name()));
        arrayOf(p, "variables", "variable");
        arrayOf(p, "stages", "stage").put("description", "Stages run one after another.");
        arrayOf(p, "triggers", "trigger");
        extensions(pipeline);
        return pipeline;
    }

    private static ObjectNode variable() {
        ObjectNode variable = node();
        ObjectNode p = closedObject(variable, "name");
        ref(p, "name", "variableName");
        p.putObject("defaultValue").put("type", "string");
        p.putObject("description").put("type", "string");
        p.putObject("secret").put("type", "boolean").put("default", false)
                .put("description", "Masked in logs; must not have a defaultValue.");
        p.putObject("fromEnv").put("type", "string").put("description", "Environment variable giving the value.");
        return variable;
    }

    private static ObjectNode stage() {
        ObjectNode stage = node();
        ObjectNode p = closedObject(stage, "name", "actions");
        ref(p, "name", "name");
        arrayOf(p, "actions", "action").put("minItems", 1);
        extensions(stage);
        return stage;
    }

    private static ObjectNode action() {
        ObjectNode action = node();
        ObjectNode p = closedObject(action, "name", "actionTypeId");
        ref(p, "name", "name");
        ObjectNode type = p.putObject("actionTypeId");
        ObjectNode t = closedObject(type, "category", "provider");
        ArrayNode categories = t.putObject("category").putArray("enum");
        Arrays.stream(ActionCategory.values()).forEach(c -> categories.add(c.displayName()));
        t.putObject("provider").put("type", "string");
        ArrayNode owners = t.putObject("owner").put("description", "CodePipeline's owner of the action type; with "
                + "ThirdParty or Custom, a provider Pipewright does not know is kept and runs only where its owner runs it")
                .putArray("enum");
        List.of("AWS", "ThirdParty", "Custom").forEach(owners::add);
        p.putObject("runOrder").put("type", "integer").put("minimum", Action.MIN_RUN_ORDER)
                .put("maximum", Action.MAX_RUN_ORDER).put("default", 1)
                .put("description", "Same runOrder: in parallel; higher: later.");
        ObjectNode configuration = p.putObject("configuration").put("type", "object")
                .put("description", "The provider's settings.");
        configuration.putObject("additionalProperties").putArray("anyOf")
                .add(node().set("type", node().arrayNode().add("string").add("number").add("boolean")))
                .add(node().put("type", "array").set("items", node().put("type", "string")))
                .add(node().put("type", "object").set("additionalProperties", node().put("type", "string")));
        ObjectNode input = node();
        ref(closedObject(input, "name"), "name", "artifactName");
        p.putObject("inputArtifacts").put("type", "array").set("items", input);
        ObjectNode output = node();
        ObjectNode o = closedObject(output, "name");
        ref(o, "name", "artifactName");
        o.putObject("files").put("type", "array").set("items", node().put("type", "string"));
        p.putObject("outputArtifacts").put("type", "array").set("items", output);
        ref(p, "namespace", "namespace");
        p.putObject("timeoutInMinutes").put("type", "number").put("exclusiveMinimum", 0).put("maximum", 86_400);
        extensions(action);
        return action;
    }

    private static ObjectNode trigger() {
        ObjectNode trigger = node();
        ObjectNode git = closedObject(closedObject(trigger, "gitConfiguration").putObject("gitConfiguration"),
                "sourceActionName");
        git.putObject("sourceActionName").put("type", "string")
                .put("description", "A Source action of the first stage.");
        ObjectNode filter = node();
        ObjectNode f = closedObject(filter);
        ref(f, "branches", "patterns");
        ref(f, "tags", "patterns");
        ref(f, "filePaths", "patterns");
        git.putObject("push").put("type", "array").set("items", filter);
        return trigger;
    }

    private static ObjectNode patterns() {
        ObjectNode patterns = node();
        ObjectNode p = closedObject(patterns);
        p.putObject("includes").put("type", "array").set("items", node().put("type", "string"));
        p.putObject("excludes").put("type", "array").set("items", node().put("type", "string"));
        return patterns;
    }

    /** Makes {@code schema} an object with these required fields and no others; returns its properties. */
    static ObjectNode closedObject(ObjectNode schema, String... required) {
        schema.put("type", "object");
        if (required.length > 0) {
            ArrayNode list = schema.putArray("required");
            Arrays.stream(required).forEach(list::add);
        }
        schema.put("additionalProperties", false);
        return schema.putObject("properties");
    }

    private static void extensions(ObjectNode schema) {
        schema.putObject("patternProperties").putObject(EXTENSION_PATTERN)
                .put("description", "Kept as written; for other tools.");
    }

    private static void ref(ObjectNode properties, String field, String def) {
        properties.putObject(field).put("$ref", "#/$defs/" + def);
    }

    private static ObjectNode arrayOf(ObjectNode properties, String field, String def) {
        ObjectNode array = properties.putObject(field).put("type", "array");
        array.putObject("items").put("$ref", "#/$defs/" + def);
        return array;
    }

    static ObjectNode node() {
        return LocatedJson.NODES.objectNode();
    }
}
