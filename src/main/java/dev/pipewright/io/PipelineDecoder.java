package dev.pipewright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.model.ClosestName;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Location;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the parsed document into a {@link Pipeline}, reporting every unknown field, wrong type and
 * missing field it meets (see {@link PipelineFiles} for the format).
 */
final class PipelineDecoder {

    static final Set<String> DOCUMENT_FIELDS = Set.of(PipelineFormat.SCHEMA_FIELD, "schemaVersion", "pipeline");
    static final Set<String> PIPELINE_FIELDS = Set.of("name", "description", "executionMode", "variables",
            "stages", "triggers");
    static final Set<String> VARIABLE_FIELDS = Set.of("name", "defaultValue", "description", "secret", "fromEnv");
    static final Set<String> STAGE_FIELDS = Set.of("name", "actions");

    private PipelineDecoder() {
    }

    /** The pipeline, or empty when errors were recorded in {@code decoding}. */
    static Optional<Pipeline> decode(JsonNode root, Decoding decoding) {
        Optional<JsonObject> document = decoding.object(root, Location.root(), "the file");
        if (document.isEmpty()) {
            return Optional.empty();
        }
        if (!schemaVersionSupported(document.get())) {
            return Optional.empty(); // a newer format: its other errors would only confuse
        }
        Optional<String> schema = document.get().text(PipelineFormat.SCHEMA_FIELD);
        document.get().rest(DOCUMENT_FIELDS, false);
        if (!document.get().has("pipeline")) {
            document.get().missing("pipeline", "{ \"name\": \"build\", \"stages\": [ ... ] }");
            return Optional.empty();
        }
        // the pipeline's fields sit under "pipeline", as in CodePipeline's create-pipeline input
        Optional<Pipeline> pipeline = decoding.object(root.get("pipeline"), PipelineFormat.PIPELINE,
                "the pipeline").flatMap(PipelineDecoder::pipeline);
        if (!decoding.errors().isEmpty()) {
            return Optional.empty();
        }
        return pipeline.map(p -> schema.map(s -> PipelineFormat.withSchemaReference(p, s)).orElse(p));
    }

    private static boolean schemaVersionSupported(JsonObject document) {
        if (!document.has("schemaVersion")) {
            document.missing("schemaVersion", Integer.toString(PipelineFormat.SCHEMA_VERSION));
            return true;
        }
        Optional<Integer> version = document.wholeNumber("schemaVersion");
        if (version.isPresent() && version.get() > PipelineFormat.SCHEMA_VERSION) {
            document.decoding().errorAtValue(Location.root().field("schemaVersion"), "this file has schemaVersion "
                    + version.get() + ", written by a newer Pipewright; this one reads up to schemaVersion "
                    + PipelineFormat.SCHEMA_VERSION + ": upgrade Pipewright to open it");
            return false;
        }
        if (version.isPresent() && version.get() < 1) {
            document.decoding().errorAtValue(Location.root().field("schemaVersion"), "schemaVersion "
                    + version.get() + " does not exist; use " + PipelineFormat.SCHEMA_VERSION);
        }
        return true;
    }

    private static Optional<Pipeline> pipeline(JsonObject json) {
        String name = json.requiredText("name", "\"build\"").orElse("");
        Optional<String> description = json.text("description");
        ExecutionMode mode = json.text("executionMode").flatMap(m -> executionMode(json, m))
                .orElse(ExecutionMode.SUPERSEDED);
        List<PipelineVariable> variables = json.objects("variables", "variable", (o, i) -> variable(o));
        if (!json.has("stages")) {
            json.missing("stages", "[ { \"name\": \"Build\", \"actions\": [ ... ] } ]");
        }
        List<Stage> stages = json.objects("stages", "stage", PipelineDecoder::stage);
        List<Trigger> triggers = json.objects("triggers", "trigger", (o, i) -> TriggerDecoder.decode(o));
        Map<String, String> extensions = json.rest(PIPELINE_FIELDS, true);
        return Optional.of(new Pipeline(name, description, mode, variables, stages, triggers, extensions));
    }

    private static Optional<ExecutionMode> executionMode(JsonObject json, String word) {
        try {
            return Optional.of(ExecutionMode.valueOf(word));
        } catch (IllegalArgumentException e) {
            List<String> modes = Arrays.stream(ExecutionMode.values()).map(Enum::name).toList();
            String hint = ClosestName.among(word, modes).map(m -> "did you mean \"" + m + "\"?")
                    .orElse("use one of " + String.join(", ", modes));
            json.decoding().errorAtValue(json.at().field("executionMode"), "\"" + word
                    + "\" is not an execution mode; " + hint);
            return Optional.empty();
        }
    }

    private static Optional<PipelineVariable> variable(JsonObject json) {
        Optional<String> name = json.requiredText("name", "\"version\"");
        var variable = new PipelineVariable(name.orElse(""), json.text("defaultValue"), json.text("description"),
                json.flag("secret").orElse(false), json.text("fromEnv"));
        json.rest(VARIABLE_FIELDS, false);
        return name.map(n -> variable);
    }

    private static Optional<Stage> stage(JsonObject json, int index) {
        String name = json.requiredText("name", "\"Build\"").orElse("");
        String words = "stage " + (name.isEmpty() ? Integer.toString(index + 1) : "'" + name + "'");
        var self = new JsonObject(json.decoding(), json.node(), json.at(), words);
        if (!self.has("actions")) {
            self.missing("actions", "[ { \"name\": \"Compile\", ... } ]");
        }
        var actions = self.objects("actions", "action", (o, i) -> ActionDecoder.decode(o, i, words));
        Map<String, String> extensions = new LinkedHashMap<>(self.rest(STAGE_FIELDS, true));
        return Optional.of(new Stage(name, actions, extensions));
    }
}
