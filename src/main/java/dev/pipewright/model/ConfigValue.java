package dev.pipewright.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One value of an action's configuration. CodePipeline keeps every value as a string; a local
 * pipeline also needs lists (commands, globs) and maps (environment, headers), so the file allows
 * those JSON shapes and nothing deeper.
 */
public sealed interface ConfigValue {

    /** The value as one string, the way CodePipeline would hold it (lists joined by newlines). */
    String asText();

    /** A word for error messages: "text", "number", "true/false", "list", "map". */
    String kindName();

    record Text(String value) implements ConfigValue {
        public Text {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String asText() {
            return value;
        }

        @Override
        public String kindName() {
            return "text";
        }
    }

    record Number(BigDecimal value) implements ConfigValue {
        public Number {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String asText() {
            return value.toPlainString();
        }

        @Override
        public String kindName() {
            return "number";
        }
    }

    record Flag(boolean value) implements ConfigValue {
        @Override
        public String asText() {
            return Boolean.toString(value);
        }

        @Override
        public String kindName() {
            return "true/false";
        }
    }

    record TextList(List<String> values) implements ConfigValue {
        public TextList {
            values = List.copyOf(values);
        }

        @Override
        public String asText() {
            return String.join("\n", values);
        }

        @Override
        public String kindName() {
            return "list";
        }
    }

    /** A map of names to text, kept sorted so that files and exports are stable. */
    record TextMap(Map<String, String> values) implements ConfigValue {
        public TextMap {
            values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
        }

        @Override
        public String asText() {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n"));
        }

        @Override
        public String kindName() {
            return "map";
        }
    }

    static ConfigValue text(String value) {
        return new Text(value);
    }

    static ConfigValue list(String... values) {
        return new TextList(List.of(values));
    }
}
