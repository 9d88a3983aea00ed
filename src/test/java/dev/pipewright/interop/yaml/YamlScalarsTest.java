package dev.pipewright.interop.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every string stays a string for YAML 1.1 and 1.2 readers alike (issue 13, item 2); numbers and
 * booleans stay what they are.
 */
class YamlScalarsTest {

    /** Strings that some YAML reader takes for something else when written plain. */
    static final List<String> LOOK_ALIKES = List.of(
            "1.10", "026", "0o17", "0x1F", "0b101", "1_000", "1:20", "12:30:45", "+1", "-0", "1.", ".5", "1e3",
            "1E+3", "-1.5e-3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
            "yes", "Yes", "YES", "no", "No", "on", "On", "OFF", "off", "y", "Y", "n", "N", "true", "True", "FALSE",
            "null", "Null", "NULL", "~", "",
            "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14",
            "<<", "=", "26", "1.25", "0", "007");

    /** The YAML 1.2 core schema's non-string plain scalars. */
    private static final Pattern CORE_NON_STRING = Pattern.compile(String.join("|",
            "null|Null|NULL|~|", "true|True|TRUE|false|False|FALSE",
            "[-+]?[0-9]+", "0o[0-7]+", "0x[0-9a-fA-F]+",
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
            "[-+]?\\.(inf|Inf|INF)", "\\.(nan|NaN|NAN)"));

    private static String written(Object value) {
        var tree = JsonNodeFactory.instance.objectNode();
        if (value instanceof String s) {
            tree.put("k", s);
        } else if (value instanceof BigDecimal d) {
            tree.put("k", d);
        } else if (value instanceof Integer i) {
            tree.put("k", i);
        } else {
            tree.put("k", (Boolean) value);
        }
        return YamlWriter.write(tree, "");
    }

    private static Object readBy11(String yaml) {
        Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return map.get("k");
    }

    @Test
    void everyLookAlikeStringReadsBackAsTheSameStringInYaml11() {
        for (String value : LOOK_ALIKES) {
            String yaml = written(value);
            assertEquals(value, readBy11(yaml), "'" + value + "' written as: " + yaml);
        }
    }

    @Test
    void noLookAlikeStringIsWrittenPlainWhereYaml12WouldTakeItForAnotherType() {
        for (String value : LOOK_ALIKES) {
            String scalar = written(value).strip().substring("k:".length()).strip();
            boolean quoted = scalar.startsWith("'") || scalar.startsWith("\"");
            assertFalse(!quoted && CORE_NON_STRING.matcher(scalar).matches(), "'" + value + "' written plain: " + scalar);
        }
    }

    @Test
    void numbersAndBooleansStayWhatTheyAre() {
        assertEquals("k: 26", written(26).strip());
        assertEquals("k: 1.25", written(new BigDecimal("1.25")).strip());
        assertEquals("k: 1.10", written(new BigDecimal("1.10")).strip());
        assertEquals("k: true", written(true).strip());
        assertEquals("k: plain words", written("plain words").strip(), "ordinary strings keep few quotes");
        assertEquals("k: echo hello", written("echo hello").strip());
    }
}
