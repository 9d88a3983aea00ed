package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.BuiltInProviders;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.PipelineExporter;
import dev.pipewright.model.Action;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Writes a pipeline as a CodePipeline declaration, {@code {"pipeline": ...}} as
 * {@code aws codepipeline create-pipeline --cli-input-json} takes it, plus a buildspec for each
 * Shell action. An imported pipeline gets back what was kept of it; a pipeline drawn in Pipewright
 * gets placeholders (role, artifact bucket) the report names.
 */
public final class CodePipelineExporter implements PipelineExporter {

    static final String ROLE = "arn:aws:iam::123456789012:role/CHANGE-ME-codepipeline-role";
    static final String ARTIFACT_BUCKET = "change-me-codepipeline-artifacts";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public CodePipelineExporter() {
    }

    @Override
    public Exported write(Pipeline pipeline) throws InteropException {
        ExportContext context = ExportContext.of(pipeline);
        ObjectNode declaration = declaration(pipeline, context);
        giveSourceToBuilds(declaration, context);
        List<String> refused = ServiceRules.broken(declaration);
        if (!refused.isEmpty()) {
            throw new InteropException("CodePipeline would refuse this pipeline, so nothing was written:\n  - "
                    + String.join("\n  - ", refused));
        }
        ObjectNode root = Kept.JSON.createObjectNode();
        root.set("pipeline", declaration);
        var files = new LinkedHashMap<String, String>();
        files.put(fileName(pipeline), pretty(root));
        files.putAll(context.files());
        return new Exported(files, context.notes().report());
    }

    /**
     * A CodeBuild action needs an input artifact (its files), where a local Shell action may start
     * in an empty folder: one without inputs is given the first source's output, and the report
     * says so.
     */
    private static void giveSourceToBuilds(ObjectNode declaration, ExportContext context) {
        JsonNode stages = declaration.path("stages");
        if (stages.isEmpty()) {
            return;
        }
        String sourceOutput = null;
        for (JsonNode action : stages.get(0).path("actions")) {
            if (sourceOutput == null && action.at("/actionTypeId/category").asText().equals("Source")
                    && action.path("outputArtifacts").size() > 0) {
                sourceOutput = action.path("outputArtifacts").get(0).path("name").asText();
            }
        }
        if (sourceOutput == null) {
            return;
        }
        for (JsonNode stage : stages) {
            for (JsonNode action : stage.path("actions")) {
                if (action.at("/actionTypeId/provider").asText().equals(BuiltInProviders.CodeBuild.ID)
                        && action.path("inputArtifacts").isEmpty() && action instanceof ObjectNode json) {
                    json.putArray("inputArtifacts").addObject().put("name", sourceOutput);
                    context.notes().add("stage " + stage.path("name").asText() + ", action "
                            + action.path("name").asText(), "given the source artifact " + sourceOutput
                            + " as its input: a CodeBuild action needs one, where the local action started in an "
                            + "empty folder");
                }
            }
        }
    }

    static String fileName(Pipeline pipeline) {
        return pipeline.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".codepipeline.json";
    }

    private ObjectNode declaration(Pipeline pipeline, ExportContext context) throws InteropException {
        Kept kept = Kept.of(pipeline.extensions());
        Fields fields = new Fields();
        fields.put("name", NODES.textNode(pipeline.name()));
        pipeline.description().ifPresent(d -> context.notes().add("pipeline", "the description has no place in a "
                + "CodePipeline declaration: left out"));
        if (!kept.rest().has("roleArn")) {
            fields.put("roleArn", NODES.textNode(ROLE));
            context.notes().add("pipeline", "roleArn is a placeholder: replace " + ROLE + " with the pipeline's "
                    + "service role");
        }
        if (!kept.rest().has("artifactStore") && !kept.rest().has("artifactStores")) {
            ObjectNode store = NODES.objectNode();
            fields.put("artifactStore", store);
            store.put("type", "S3");
            store.put("location", ARTIFACT_BUCKET);
            context.notes().add("pipeline", "artifactStore is a placeholder: replace " + ARTIFACT_BUCKET
                    + " with an S3 bucket in the pipeline's Region");
        }
        ArrayNode stages = NODES.arrayNode();
        ActionExport actions = new ActionExport(context);
        for (Stage stage : pipeline.stages()) {
            stages.add(stage(stage, actions));
        }
        fields.put("stages", stages);
        if (pipeline.executionMode() != ExecutionMode.SUPERSEDED || kept.hadField("executionMode")) {
            fields.put("executionMode", NODES.textNode(pipeline.executionMode().name()));
        }
        if (!kept.imported()) {
            fields.put("pipelineType", NODES.textNode("V2"));
        }
        if (!pipeline.variables().isEmpty() || kept.hadField("variables")) {
            ArrayNode variables = NODES.arrayNode();
            pipeline.variables().forEach(v -> variables.add(variable(v, context)));
            fields.put("variables", variables);
        }
        if (!pipeline.triggers().isEmpty()) {
            ArrayNode triggers = NODES.arrayNode();
            pipeline.triggers().forEach(t -> triggers.add(trigger(t)));
            fields.put("triggers", triggers);
        }
        fields.putRest(kept.rest());
        return fields.write(kept.order());
    }

    private ObjectNode stage(Stage stage, ActionExport actions) throws InteropException {
        Kept kept = Kept.of(stage.extensions());
        Fields fields = new Fields();
        fields.put("name", NODES.textNode(stage.name()));
        ArrayNode list = NODES.arrayNode();
        for (Action action : stage.actions()) {
            list.add(actions.write(stage.name(), action));
        }
        fields.put("actions", list);
        fields.putRest(kept.rest());
        return fields.write(kept.order());
    }

    private static ObjectNode variable(PipelineVariable variable, ExportContext context) {
        ObjectNode json = NODES.objectNode();
        json.put("name", variable.name());
        String where = "variable " + variable.name();
        if (variable.secret()) {
            context.notes().add(where, "is secret: written without a value; pass it when starting the pipeline, "
                    + "or read it from AWS Secrets Manager in the build");
        } else {
            variable.defaultValue().filter(v -> !v.isEmpty() && v.length() <= 1000)
                    .ifPresent(v -> json.put("defaultValue", v));
            variable.defaultValue().filter(v -> v.isEmpty() || v.length() > 1000).ifPresent(v ->
                    context.notes().add(where, "default value left out: CodePipeline takes 1 to 1000 characters"));
        }
        variable.fromEnv().ifPresent(env -> context.notes().add(where, "comes from the environment variable " + env
                + " locally; CodePipeline has no such link"));
        variable.description().ifPresent(d -> {
            json.put("description", d.length() > 200 ? d.substring(0, 200) : d);
            if (d.length() > 200) {
                context.notes().add(where, "description cut to CodePipeline's 200 characters");
            }
        });
        return json;
    }

    private static ObjectNode trigger(Trigger trigger) {
        ObjectNode json = NODES.objectNode();
        json.put("providerType", "CodeStarSourceConnection");
        ObjectNode git = json.putObject("gitConfiguration");
        git.put("sourceActionName", trigger.sourceActionName());
        ArrayNode push = git.putArray("push");
        for (Trigger.PushFilter filter : trigger.push()) {
            ObjectNode json2 = push.addObject();
            patterns(json2, "branches", filter.branches());
            patterns(json2, "tags", filter.tags());
            patterns(json2, "filePaths", filter.filePaths());
        }
        return json;
    }

    private static void patterns(ObjectNode filter, String field, Trigger.Patterns patterns) {
        if (patterns.isEmpty()) {
            return;
        }
        ObjectNode json = filter.putObject(field);
        if (!patterns.includes().isEmpty()) {
            patterns.includes().forEach(json.putArray("includes")::add);
        }
        if (!patterns.excludes().isEmpty()) {
            patterns.excludes().forEach(json.putArray("excludes")::add);
        }
    }

    private static String pretty(ObjectNode root) {
        var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Kept.JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a declaration tree always writes", e);
        }
    }
}
