package dev.pipewright.interop.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Which strings may be written without quotes: those that every YAML reader takes for a string.
 * A plain {@code 1.10}, {@code 026}, {@code on}, {@code ~} or {@code 2024-01-01} is read as a
 * number, a boolean, null or a date by YAML 1.1 readers (SnakeYAML, PyYAML, GitLab's Ruby Psych),
 * by YAML 1.2 readers (GitHub's, js-yaml), or by both; such strings are quoted.
 */
final class PlainScalars extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    /** YAML 1.1's implicit types, as SnakeYAML resolves them (bool, int, float, null, timestamp, merge, value). */
    private static final Resolver YAML_1_1 = new Resolver();

    /** The YAML 1.2 core schema's plain scalars that are not strings. */
    private static final Pattern YAML_1_2_CORE = Pattern.compile(String.join("|",
            "null|Null|NULL|~", "true|True|TRUE|false|False|FALSE",
            "[-+]?[0-9]+", "0o[0-7]+", "0x[0-9a-fA-F]+",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
            "[-+]?\\.(inf|Inf|INF)", "\\.(nan|NaN|NAN)"));

    @Override
    public boolean needToQuoteName(String name) {
        return super.needToQuoteName(name) || takenForAnotherType(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return super.needToQuoteValue(value) || takenForAnotherType(value);
    }

    static boolean takenForAnotherType(String text) {
        return text.isEmpty()
                || !Tag.STR.equals(YAML_1_1.resolve(NodeId.scalar, text, true))
                || YAML_1_2_CORE.matcher(text).matches();
    }
}
