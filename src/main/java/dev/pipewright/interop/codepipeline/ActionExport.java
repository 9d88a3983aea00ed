package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.BuiltInProviders;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.InteropException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one action as an ActionDeclaration. An imported action gets back what was kept; one of
 * Pipewright's own providers becomes its nearest CodePipeline equivalent ({@link NativeActions}),
 * and the report says what that changed.
 */
final class ActionExport {

    static final int MAX_VALUE = 1000;
    static final int MAX_KEY = 50;

    private final ExportContext context;

    ActionExport(ExportContext context) {
        this.context = context;
    }

    ObjectNode write(String stage, Action action) throws InteropException {
        String where = "stage " + stage + ", action " + action.name();
        Kept kept = Kept.of(action.extensions());
        NativeActions.Equivalent type = NativeActions.equivalent(stage, action, kept, context, where);
        Fields fields = new Fields();
        fields.put("name", Kept.JSON.getNodeFactory().textNode(action.name()));
        ObjectNode typeId = Kept.JSON.createObjectNode();
        typeId.put("category", kept.typeField("category").orElse(type.category()));
        typeId.put("owner", kept.typeField("owner").or(action::owner).orElse(type.owner()));
        typeId.put("provider", type.provider());
        typeId.put("version", kept.typeField("version").orElse("1"));
        fields.put("actionTypeId", typeId);
        if (kept.hadField("runOrder") || !kept.imported() || action.runOrder() != Action.MIN_RUN_ORDER) {
            fields.put("runOrder", Kept.JSON.getNodeFactory().numberNode(action.runOrder()));
        }
        Map<String, String> configuration = configuration(type.configuration(), where);
        kept.configuration().fields().forEachRemaining(e -> configuration.putIfAbsent(e.getKey(), e.getValue().asText()));
        if (!configuration.isEmpty() || kept.hadField("configuration")) {
            ObjectNode json = Kept.JSON.createObjectNode();
            configuration.forEach(json::put);
            fields.put("configuration", json);
        }
        if (!action.inputArtifacts().isEmpty() || kept.hadField("inputArtifacts") || !kept.imported()) {
            ArrayNode inputs = Kept.JSON.createArrayNode();
            action.inputArtifacts().forEach(n -> inputs.addObject().put("name", n));
            fields.put("inputArtifacts", inputs);
        }
        if (!action.outputArtifacts().isEmpty() || kept.hadField("outputArtifacts") || !kept.imported()) {
            fields.put("outputArtifacts", outputs(action, type, where));
        }
        if (action.namespace().isPresent() && !action.namespace().get().matches("[A-Za-z0-9@_-]{1,100}")) {
            throw new InteropException(where + ": namespace '" + action.namespace().get() + "' has characters "
                    + "CodePipeline does not allow in a namespace (only letters, digits, @, - and _); rename it in "
                    + "Pipewright, which updates the #{...} references too");
        }
        action.namespace().ifPresent(ns -> fields.put("namespace", Kept.JSON.getNodeFactory().textNode(ns)));
        timeout(action, type, kept, where).ifPresent(t -> fields.put("timeoutInMinutes",
                Kept.JSON.getNodeFactory().numberNode(t)));
        fields.putRest(kept.rest());
        return fields.write(kept.order());
    }

    private ArrayNode outputs(Action action, NativeActions.Equivalent type, String where) {
        ArrayNode outputs = Kept.JSON.createArrayNode();
        for (OutputArtifact output : action.outputArtifacts()) {
            ObjectNode json = outputs.addObject().put("name", output.name());
            if (!output.files().isEmpty() && type.keepsArtifactFiles()) {
                ArrayNode files = json.putArray("files");
                output.files().forEach(files::add);
            }
        }
        return outputs;
    }

    /** Text values within CodePipeline's limits; anything else is left out and reported. */
    private Map<String, String> configuration(Map<String, ConfigValue> values, String where) {
        var result = new LinkedHashMap<String, String>();
        values.forEach((key, value) -> {
            String text = value.asText();
            if (key.isEmpty() || key.length() > MAX_KEY) {
                context.notes().add(where, "configuration key '" + key + "' is longer than CodePipeline's "
                        + MAX_KEY + " characters: left out");
            } else if (text.isEmpty()) {
                context.notes().add(where, "configuration " + key + " is empty; CodePipeline needs at least one "
                        + "character: left out");
            } else if (text.length() > MAX_VALUE) {
                context.notes().add(where, "configuration " + key + " has " + text.length() + " characters; "
                        + "CodePipeline allows " + MAX_VALUE + ": left out, set it on AWS another way");
            } else {
                result.put(key, text);
            }
        });
        return result;
    }

    /** CodePipeline takes a timeout only on manual approvals, in whole minutes from 5 to 86400. */
    private java.util.Optional<Integer> timeout(Action action, NativeActions.Equivalent type, Kept kept, String where) {
        if (action.timeoutInMinutes().isEmpty()) {
            return java.util.Optional.empty();
        }
        BigDecimal minutes = action.timeoutInMinutes().get();
        boolean approval = action.category() == ActionCategory.APPROVAL && type.provider().equals(BuiltInProviders.Manual.ID);
        if (!approval && !kept.hadField("timeoutInMinutes")) {
            context.notes().add(where, "timeout of " + minutes.toPlainString() + " minutes left out: CodePipeline "
                    + "takes action timeouts only on manual approvals"
                    + (type.provider().equals(BuiltInProviders.CodeBuild.ID) ? "; set the CodeBuild project's timeout instead" : ""));
            return java.util.Optional.empty();
        }
        int whole = minutes.setScale(0, RoundingMode.CEILING).intValueExact();
        int bounded = Math.max(5, Math.min(86_400, whole));
        if (minutes.compareTo(BigDecimal.valueOf(bounded)) != 0) {
            context.notes().add(where, "timeout of " + minutes.toPlainString() + " minutes written as " + bounded
                    + ": CodePipeline takes whole minutes from 5 to 86400");
        }
        return java.util.Optional.of(bounded);
    }

    static String json(Object value) {
        try {
            return Kept.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(List<OutputArtifact> outputs) {
        return outputs.stream().map(OutputArtifact::name).toList();
    }
}
