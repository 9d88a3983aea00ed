package dev.pipewright.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;

/**
 * The per-provider part of the schema: for each provider, an {@code if} on the action's category
 * and provider, and a {@code then} describing its configuration (types, descriptions, defaults,
 * choices, required settings). Unknown settings stay allowed: validation only warns about them.
 */
final class ProviderSchemas {

    /** A {@code #{namespace.name}} reference, acceptable wherever a number or a choice is. */
    private static final String REFERENCE = "^#\\{[^}]+\\}$";

    private ProviderSchemas() {
    }

    static ObjectNode withProviders(ObjectNode action, ProviderCatalog catalog) {
        ArrayNode providers = action.putArray("allOf");
        ArrayNode known = action.withObject("/properties/actionTypeId/properties/provider").putArray("examples");
        for (ProviderSpec spec : catalog.all()) {
            known.add(spec.id());
            providers.add(provider(spec));
        }
        return action;
    }

    private static ObjectNode provider(ProviderSpec spec) {
        ObjectNode rule = PipelineSchema.node();
        ObjectNode condition = rule.putObject("if");
        condition.putArray("required").add("actionTypeId");
        ObjectNode type = condition.putObject("properties").putObject("actionTypeId");
        type.putArray("required").add("category").add("provider");
        ObjectNode typeProperties = type.putObject("properties");
        typeProperties.putObject("category").put("const", spec.category().displayName());
        typeProperties.putObject("provider").put("const", spec.id());

        ObjectNode then = rule.putObject("then");
        then.put("description", spec.displayName() + ": " + spec.summary());
        ObjectNode configuration = then.putObject("properties").putObject("configuration");
        configuration.put("description", spec.explanation());
        ObjectNode settings = configuration.putObject("properties");
        ArrayNode required = PipelineSchema.node().arrayNode();
        for (SettingSpec setting : spec.settings()) {
            settings.set(setting.key(), setting(setting));
            if (setting.required() && setting.defaultValue().isEmpty()) {
                required.add(setting.key());
            }
        }
        if (!required.isEmpty()) {
            configuration.set("required", required);
            then.putArray("required").add("configuration");
        }
        return rule;
    }

    private static ObjectNode setting(SettingSpec setting) {
        ObjectNode schema = PipelineSchema.node();
        schema.put("title", setting.label());
        schema.put("description", setting.description());
        setting.defaultValue().ifPresent(d -> schema.set("default", PipelineEncoder.configValue(d)));
        ArrayNode anyOf = schema.putArray("anyOf");
        switch (setting.type()) {
            case TEXT -> anyOf.add(types("string", "number", "boolean"));
            case MULTILINE_TEXT -> anyOf.add(types("string")).add(listOfTexts());
            case INTEGER -> anyOf.add(types("integer")).add(pattern("^-?[0-9]{1,18}$")).add(pattern(REFERENCE));
            case BOOLEAN -> anyOf.add(types("boolean")).add(pattern("^(true|false)$")).add(pattern(REFERENCE));
            case CHOICE -> {
                if (setting.choices().isEmpty()) {
                    anyOf.add(types("string"));
                } else {
                    ObjectNode choices = PipelineSchema.node();
                    setting.choices().forEach(choices.putArray("enum")::add);
                    anyOf.add(choices).add(pattern(REFERENCE));
                }
            }
            case LIST -> anyOf.add(listOfTexts()).add(types("string"));
            case MAP -> anyOf.add(PipelineSchema.node().put("type", "object")
                    .set("additionalProperties", types("string")));
        }
        return schema;
    }

    private static ObjectNode types(String... names) {
        ObjectNode node = PipelineSchema.node();
        if (names.length == 1) {
            node.put("type", names[0]);
        } else {
            ArrayNode list = node.putArray("type");
            for (String name : names) {
                list.add(name);
            }
        }
        return node;
    }

    private static ObjectNode pattern(String regex) {
        return PipelineSchema.node().put("type", "string").put("pattern", regex);
    }

    private static ObjectNode listOfTexts() {
        return PipelineSchema.node().put("type", "array").set("items", types("string"));
    }
}
