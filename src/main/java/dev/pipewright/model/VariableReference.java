package dev.pipewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code #{namespace.name}} reference inside a configuration value. {@code variables} is the
 * namespace of pipeline variables, {@code codepipeline} the built-ins, anything else an action's
 * namespace.
 */
public record VariableReference(String namespace, String name) {

    public static final String PIPELINE_NAMESPACE = "variables";
    public static final String BUILT_IN_NAMESPACE = "codepipeline";

    /** The built-in variables every execution has, under {@code #{codepipeline.…}}. */
    public static final List<String> BUILT_INS = List.of("PipelineExecutionId", "PipelineName");

    private static final Pattern REFERENCE = Pattern.compile("#\\{([A-Za-z0-9@_\\-]+)\\.([A-Za-z0-9@_\\-.]+)}");

    /** Every reference in {@code text}, in order. */
    public static List<VariableReference> findAll(String text) {
        var found = new ArrayList<VariableReference>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            found.add(new VariableReference(m.group(1), m.group(2)));
        }
        return found;
    }

    /**
     * Replaces every reference using {@code lookup}; a reference the lookup cannot answer is left
     * as written, so the caller can report it.
     */
    public static String substitute(String text, Function<VariableReference, Optional<String>> lookup) {
        if (text.indexOf("#{") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        var sb = new StringBuilder();
        while (m.find()) {
            var ref = new VariableReference(m.group(1), m.group(2));
            String replacement = lookup.apply(ref).orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Substitutes references in every text of a configuration value. */
    public static ConfigValue substitute(ConfigValue value, Function<VariableReference, Optional<String>> lookup) {
        if (value instanceof ConfigValue.Text t) {
            return new ConfigValue.Text(substitute(t.value(), lookup));
        }
        if (value instanceof ConfigValue.TextList l) {
            return new ConfigValue.TextList(l.values().stream().map(v -> substitute(v, lookup)).toList());
        }
        if (value instanceof ConfigValue.TextMap m) {
            var copy = new java.util.TreeMap<String, String>();
            m.values().forEach((k, v) -> copy.put(k, substitute(v, lookup)));
            return new ConfigValue.TextMap(copy);
        }
        return value;
    }

    /** Every reference in a configuration value. */
    public static List<VariableReference> findAll(ConfigValue value) {
        if (value instanceof ConfigValue.Text t) {
            return findAll(t.value());
        }
        if (value instanceof ConfigValue.TextList l) {
            return l.values().stream().flatMap(v -> findAll(v).stream()).toList();
        }
        if (value instanceof ConfigValue.TextMap m) {
            return m.values().values().stream().flatMap(v -> findAll(v).stream()).toList();
        }
        return List.of();
    }

    @Override
    public String toString() {
        return "#{" + namespace + "." + name + "}";
    }
}
