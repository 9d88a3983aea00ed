package dev.pipewright.interop.codepipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.input.JsonErrors;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropReport;
import dev.pipewright.interop.PipelineImporter;
import dev.pipewright.model.Action;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CodePipeline declaration, as {@code aws codepipeline get-pipeline} prints it (with or
 * without the {@code {"pipeline": ...}} wrapper and {@code metadata}). What the model holds natively
 * becomes stages, actions, variables and triggers; the rest is kept in {@code x-codepipeline}
 * extensions so that {@link CodePipelineExporter} gives the same declaration back.
 */
public final class CodePipelineImporter implements PipelineImporter {

    static final Set<String> PIPELINE_FIELDS = Set.of("name", "stages", "executionMode", "variables", "triggers");
    static final Set<String> STAGE_FIELDS = Set.of("name", "actions");

    public CodePipelineImporter() {
    }

    @Override
    public Imported read(String text, String fileName) throws InteropException {
        JsonNode root = parse(text, fileName);
        var notes = new Notes();
        JsonNode declaration = root;
        if (root.has("pipeline")) {
            declaration = root.get("pipeline");
            if (root.has("metadata")) {
                notes.add("metadata", "left out: pipelineArn, created and updated are AWS's record of the "
                        + "pipeline, not part of its declaration");
            }
            root.fieldNames().forEachRemaining(f -> {
                if (!f.equals("pipeline") && !f.equals("metadata")) {
                    notes.add(f, "left out: only \"pipeline\" is a pipeline declaration");
                }
            });
        }
        if (!declaration.isObject() || !declaration.has("stages")) {
            throw new InteropException(fileName + ": not a CodePipeline declaration: expected {\"pipeline\": "
                    + "{\"name\": ..., \"stages\": [...]}} as 'aws codepipeline get-pipeline' prints it");
        }
        return new Imported(pipeline(declaration, fileName, notes), notes.report());
    }

    private static JsonNode parse(String text, String fileName) throws InteropException {
        JsonNode root;
        try (JsonParser parser = Kept.JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            try {
                root = Kept.JSON.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    throw new InteropException(fileName + ":" + parser.currentTokenLocation().getLineNr() + ":"
                            + parser.currentTokenLocation().getColumnNr() + ": there is more text after the end of "
                            + "the JSON document; remove it");
                }
            } catch (JsonProcessingException e) {
                throw new InteropException(JsonErrors.describe(e, parser).located(fileName));
            }
        } catch (IOException e) {
            throw new InteropException(fileName + ": cannot read the JSON (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InteropException(fileName + ": not a CodePipeline declaration: the file is not a "
                    + "JSON object");
        }
        return root;
    }

    private Pipeline pipeline(JsonNode declaration, String fileName, Notes notes) throws InteropException {
        String name = declaration.path("name").asText("");
        if (name.isEmpty()) {
            name = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.json$", "").replaceAll("[^A-Za-z0-9.@_-]", "-");
            notes.add("pipeline", "has no name; named '" + name + "' after the file");
        }
        Kept kept = Kept.from(declaration, PIPELINE_FIELDS);
        ExecutionMode mode = ExecutionMode.SUPERSEDED;
        if (declaration.has("executionMode")) {
            try {
                mode = ExecutionMode.valueOf(declaration.get("executionMode").asText());
            } catch (IllegalArgumentException e) {
                throw new InteropException(fileName + ": executionMode is '" + declaration.get("executionMode").asText()
                        + "'; CodePipeline's modes are SUPERSEDED, QUEUED and PARALLEL");
            }
        }
        List<PipelineVariable> variables = new ArrayList<>();
        for (JsonNode v : declaration.path("variables")) {
            variables.add(new PipelineVariable(v.path("name").asText(), text(v, "defaultValue"),
                    text(v, "description"), false, Optional.empty()));
        }
        List<Trigger> triggers = TriggerImport.read(declaration.path("triggers"), kept.rest(), notes);
        List<Stage> stages = new ArrayList<>();
        for (JsonNode stage : declaration.path("stages")) {
            stages.add(stage(stage, fileName, notes));
        }
        Map<String, String> extensions = new HashMap<>();
        kept.text().ifPresent(t -> extensions.put(Kept.EXTENSION, t));
        return new Pipeline(name, Optional.empty(), mode, variables, stages, triggers, extensions);
    }

    private Stage stage(JsonNode stage, String fileName, Notes notes) throws InteropException {
        String name = stage.path("name").asText("");
        Kept kept = Kept.from(stage, STAGE_FIELDS);
        for (String condition : List.of("beforeEntry", "onSuccess", "onFailure")) {
            if (kept.rest().has(condition)) {
                notes.add("stage " + name, condition + " is kept for the export but not evaluated in a local run");
            }
        }
        List<Action> actions = new ArrayList<>();
        for (JsonNode action : stage.path("actions")) {
            actions.add(ActionImport.read(action, name, fileName, notes));
        }
        Map<String, String> extensions = new HashMap<>();
        kept.text().ifPresent(t -> extensions.put(Kept.EXTENSION, t));
        return new Stage(name, actions, extensions);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /** The report as it grows. */
    static final class Notes {
        private final List<InteropReport.Note> notes = new ArrayList<>();

        void add(String where, String what) {
            notes.add(new InteropReport.Note(where, what));
        }

        InteropReport report() {
            return new InteropReport(notes);
        }
    }
}
