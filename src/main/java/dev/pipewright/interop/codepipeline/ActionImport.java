package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.BuiltInProviders;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.InteropException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads one ActionDeclaration into an action, keeping what the model does not hold. */
final class ActionImport {

    static final Set<String> ACTION_FIELDS = Set.of("name", "actionTypeId", "runOrder", "configuration",
            "inputArtifacts", "outputArtifacts", "namespace", "timeoutInMinutes");
    /** Settings of Pipewright's Manual approval; other keys (NotificationArn) are kept aside. */
    static final Set<String> MANUAL_SETTINGS = Set.of(BuiltInProviders.Manual.CUSTOM_DATA, BuiltInProviders.Manual.EXTERNAL_ENTITY_LINK);
    /** CodePipeline's category for the Commands action; the model draws it as a Build. */
    static final String COMPUTE = "Compute";

    private ActionImport() {
    }

    static Action read(JsonNode json, String stage, String fileName, CodePipelineImporter.Notes notes)
            throws InteropException {
        String name = json.path("name").asText("");
        String where = "stage " + stage + ", action " + name;
        JsonNode type = json.path("actionTypeId");
        String categoryWord = type.path("category").asText("");
        String provider = type.path("provider").asText("");
        if (provider.isEmpty()) {
            throw new InteropException(fileName + ": " + where + " has no actionTypeId.provider; a declaration "
                    + "names each action's category, owner, provider and version");
        }
        Kept kept = Kept.from(json, ACTION_FIELDS);
        Optional<ActionCategory> category = ActionCategory.fromName(categoryWord);
        if (categoryWord.equals(COMPUTE)) {
            category = Optional.of(ActionCategory.BUILD);
            kept.actionTypeId().put("category", COMPUTE);
        }
        if (category.isEmpty()) {
            throw new InteropException(fileName + ": " + where + " has category '" + categoryWord + "'; "
                    + "CodePipeline's categories are Source, Build, Test, Deploy, Approval, Invoke and Compute");
        }
        // an action type of another owner (a Jenkins builder, a test service) is the model's to keep
        Optional<String> owner = Optional.of(type.path("owner").asText("")).filter(Action.OTHER_OWNERS::contains);
        for (Iterator<Map.Entry<String, JsonNode>> it = type.fields(); it.hasNext(); ) {
            var field = it.next();
            boolean modelled = field.getKey().equals("category") || field.getKey().equals("provider")
                    || field.getKey().equals("owner") && owner.isPresent();
            if (!modelled) {
                kept.actionTypeId().set(field.getKey(), field.getValue());
            }
        }
        Map<String, ConfigValue> configuration = configuration(json.path("configuration"), where, notes);
        if (category.get() == ActionCategory.APPROVAL && provider.equals(BuiltInProviders.Manual.ID)) {
            for (String key : List.copyOf(configuration.keySet())) {
                if (!MANUAL_SETTINGS.contains(key)) {
                    kept.configuration().put(key, configuration.remove(key).asText());
                    notes.add(where, key + " is kept for the export; a local approval "
                            + (key.equals("NotificationArn") ? "sends no SNS notification" : "does not use it"));
                }
            }
        }
        if (owner.isPresent()) {
            notes.add(where, categoryWord + " provider " + provider + " of a " + owner.get() + " owner runs only where "
                    + "its owner runs it: it is drawn, validated and exported unchanged; a local run skips it or "
                    + "simulates it");
        } else {
            noteLocalRun(category.get(), provider, categoryWord, json, where, notes);
        }
        var inputs = new ArrayList<String>();
        json.path("inputArtifacts").forEach(a -> inputs.add(a.path("name").asText()));
        var outputs = new ArrayList<OutputArtifact>();
        for (JsonNode a : json.path("outputArtifacts")) {
            var files = new ArrayList<String>();
            a.path("files").forEach(f -> files.add(f.asText()));
            outputs.add(new OutputArtifact(a.path("name").asText(), files));
        }
        Optional<String> namespace = json.path("namespace").isTextual()
                ? Optional.of(json.get("namespace").textValue()) : Optional.empty();
        Optional<BigDecimal> timeout = json.path("timeoutInMinutes").isNumber()
                ? Optional.of(json.get("timeoutInMinutes").decimalValue()) : Optional.empty();
        int runOrder = json.path("runOrder").isInt() ? json.get("runOrder").intValue() : Action.MIN_RUN_ORDER;
        Map<String, String> extensions = new HashMap<>();
        kept.text().ifPresent(t -> extensions.put(Kept.EXTENSION, t));
        return new Action(name, category.get(), provider, runOrder, configuration, inputs, outputs, namespace,
                timeout, extensions, owner);
    }

    private static void noteLocalRun(ActionCategory category, String provider, String categoryWord, JsonNode json,
                                     String where, CodePipelineImporter.Notes notes) {
        boolean codeBuild = provider.equals(BuiltInProviders.CodeBuild.ID)
                && (category == ActionCategory.BUILD || category == ActionCategory.TEST) && !categoryWord.equals(COMPUTE);
        if (codeBuild) {
            String source = json.path("inputArtifacts").path(0).path("name").asText("the first input artifact");
            notes.add(where, "runs locally from buildspec.yml in " + source + "; the project "
                    + json.path("configuration").path("ProjectName").asText("") + " may name another buildspec "
                    + "(it is not in the declaration): if so, set the action's 'buildspec' setting");
        } else if (!(category == ActionCategory.APPROVAL && provider.equals(BuiltInProviders.Manual.ID))) {
            notes.add(where, categoryWord + " provider " + provider + " runs only on AWS: it is drawn, validated "
                    + "and exported unchanged; a local run skips it or simulates it");
        }
    }

    private static Map<String, ConfigValue> configuration(JsonNode json, String where, CodePipelineImporter.Notes notes) {
        var result = new TreeMap<String, ConfigValue>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            var entry = it.next();
            JsonNode value = entry.getValue();
            if (!value.isTextual()) {
                notes.add(where, "configuration " + entry.getKey() + " is " + value.getNodeType().name().toLowerCase()
                        + ", not text as CodePipeline requires; kept as the text " + value);
            }
            result.put(entry.getKey(), new ConfigValue.Text(value.isTextual() ? value.textValue()
                    : value.isValueNode() ? value.asText() : value.toString()));
        }
        return result;
    }
}
