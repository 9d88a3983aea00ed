package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's {@code ${{ ... }}} expressions in imported text: the ones with a Pipewright meaning
 * become {@code #{...}} references, the rest stay as written and are listed for the report.
 */
final class GitHubExpressions {

    static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern MATRIX = Pattern.compile("matrix\\.([A-Za-z0-9_-]+)");
    private static final Pattern NAMED = Pattern.compile(
            "(env|secrets|inputs|github\\.event\\.inputs|vars)\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern NEEDS_OUTPUT = Pattern.compile("needs\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)");

    /**
     * What references can point at.
     *
     * @param variables      names of pipeline variables (workflow env and dispatch inputs)
     * @param secretVariable the pipeline variable holding a repository secret, by secret name
     * @param jobOutputs     for {@code needs.J.outputs.K}: the Pipewright reference, when J writes K
     */
    record Scope(Set<String> variables, Function<String, String> secretVariable,
                 Function<String, Optional<String>> jobOutputs) {
    }

    private GitHubExpressions() {
    }

    /** A copy of {@code node} with {@code ${{ matrix.x }}} replaced by the combination's values everywhere. */
    static JsonNode withMatrix(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(substituteMatrix(node.asText(), values));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(withMatrix(n, values)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), withMatrix(e.getValue(), values)));
            return copy;
        }
        return node;
    }

    private static String substituteMatrix(String text, Map<String, String> values) {
        if (!text.contains("${{")) {
            return text;
        }
        Matcher m = EXPRESSION.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            Matcher matrix = MATRIX.matcher(m.group(1));
            String replacement = matrix.matches() ? values.getOrDefault(matrix.group(1), "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Rewrites the expressions of {@code text} Pipewright can resolve; the others are added to
     * {@code leftAsWritten}.
     */
    static String rewrite(String text, Scope scope, Set<String> leftAsWritten) {
        if (!text.contains("${{")) {
            return text;
        }
        Matcher m = EXPRESSION.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            Optional<String> replacement = reference(m.group(1), scope);
            if (replacement.isEmpty()) {
                leftAsWritten.add(m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> reference(String expression, Scope scope) {
        Matcher named = NAMED.matcher(expression);
        if (named.matches()) {
            String kind = named.group(1);
            String name = named.group(2);
            if (kind.equals("secrets")) {
                return Optional.of("#{variables." + scope.secretVariable().apply(name) + "}");
            }
            if (!kind.equals("vars") && scope.variables().contains(name)) {
                return Optional.of("#{variables." + name + "}");
            }
            return Optional.empty();
        }
        Matcher output = NEEDS_OUTPUT.matcher(expression);
        if (output.matches()) {
            return scope.jobOutputs().apply(output.group(1) + "." + output.group(2));
        }
        return Optional.empty();
    }

    static Set<String> newReport() {
        return new LinkedHashSet<>();
    }
}
