package dev.pipewright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.model.ClosestName;
import dev.pipewright.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One JSON object of the file, read field by field with typed getters that report a wrong type
 * or a missing field at its line and column. A {@code null} value counts as absent.
 *
 * @param what words for the object in messages: {@code action 'Compile'}
 */
record JsonObject(Decoding decoding, JsonNode node, Location at, String what) {

    /** The prefix of fields kept as they are rather than refused. */
    static final String EXTENSION_PREFIX = "x-";

    Optional<JsonNode> field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    boolean has(String name) {
        return field(name).isPresent();
    }

    /** Records a missing required field, pointing at the object that lacks it. */
    void missing(String name, String example) {
        decoding.errorAt(at, what + " needs the field \"" + name + "\", e.g. \"" + name + "\": " + example);
    }

    Optional<String> text(String name) {
        return field(name).flatMap(v -> {
            if (v.isTextual()) {
                return Optional.of(v.textValue());
            }
            wrongType(name, "text in quotes", v);
            return Optional.empty();
        });
    }

    Optional<String> requiredText(String name, String example) {
        if (!has(name)) {
            missing(name, example);
        }
        return text(name);
    }

    /** A whole number that fits an int; the range a pipeline needs is checked by validation. */
    Optional<Integer> wholeNumber(String name) {
        return field(name).flatMap(v -> {
            if (v.isIntegralNumber() && v.bigIntegerValue().bitLength() < 32) {
                return Optional.of(v.bigIntegerValue().intValueExact());
            }
            if (v.isNumber() && isWhole(v.decimalValue()) && v.decimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                return Optional.of(v.decimalValue().intValueExact());
            }
            if (v.isIntegralNumber()) {
                decoding.errorAtValue(at.field(name), "\"" + name + "\" of " + what + " is " + v.asText()
                        + ", which is far too large; use a small whole number");
            } else {
                wrongType(name, "a whole number", v);
            }
            return Optional.empty();
        });
    }

    Optional<BigDecimal> number(String name) {
        return field(name).flatMap(v -> {
            if (v.isNumber()) {
                return Optional.of(v.isIntegralNumber() ? new BigDecimal(v.bigIntegerValue()) : v.decimalValue());
            }
            wrongType(name, "a number", v);
            return Optional.empty();
        });
    }

    Optional<Boolean> flag(String name) {
        return field(name).flatMap(v -> {
            if (v.isBoolean()) {
                return Optional.of(v.booleanValue());
            }
            wrongType(name, "true or false (without quotes)", v);
            return Optional.empty();
        });
    }

    /** A list of texts; a missing list is empty. */
    List<String> texts(String name) {
        var result = new ArrayList<String>();
        list(name).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                JsonNode element = list.get(i);
                if (element.isTextual()) {
                    result.add(element.textValue());
                } else {
                    decoding.errorAtValue(at.field(name).index(i), "each entry of \"" + name + "\" of " + what
                            + " must be text in quotes, found " + Decoding.kindOf(element));
                }
            }
        });
        return result;
    }

    /**
     * A list of objects, each turned into a value by {@code element} (given the object and its
     * position); elements that are not objects are reported and skipped. A missing list is empty.
     */
    <T> List<T> objects(String name, String elementWords, BiFunction<JsonObject, Integer, Optional<T>> element) {
        var result = new ArrayList<T>();
        list(name).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String words = elementWords + " " + (i + 1) + " of " + what;
                int index = i;
                decoding.object(list.get(i), at.field(name).index(i), words)
                        .flatMap(o -> element.apply(o, index)).ifPresent(result::add);
            }
        });
        return result;
    }

    Optional<JsonNode> list(String name) {
        return field(name).flatMap(v -> {
            if (v.isArray()) {
                return Optional.of(v);
            }
            wrongType(name, "a list [ ... ]", v);
            return Optional.empty();
        });
    }

    Optional<JsonObject> object(String name, String words) {
        return field(name).flatMap(v -> decoding.object(v, at.field(name), words));
    }

    /**
     * Refuses every field not in {@code known}, suggesting the closest known name; keeps fields
     * starting with {@code x-} as compact JSON text when {@code keepExtensions}, refuses them
     * otherwise (only pipeline, stages and actions have room for them).
     */
    Map<String, String> rest(Set<String> known, boolean keepExtensions) {
        var extensions = new LinkedHashMap<String, String>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            if (name.startsWith(EXTENSION_PREFIX) && keepExtensions) {
                extensions.put(name, node.get(name).toString());
            } else if (name.startsWith(EXTENSION_PREFIX)) {
                decoding.errorAt(at.field(name), "\"" + name + "\" cannot stand in " + what
                        + "; x- fields are kept on the pipeline, its stages and actions only: move it there");
            } else {
                String hint = ClosestName.among(name, known).map(k -> "did you mean \"" + k + "\"?")
                        .orElse("the fields here are " + String.join(", ", known.stream().sorted().toList()));
                decoding.errorAt(at.field(name), "unknown field \"" + name + "\" in " + what + "; " + hint
                        + " (fields starting with x- are kept as they are)");
            }
        }
        return extensions;
    }

    private void wrongType(String name, String expected, JsonNode found) {
        decoding.errorAtValue(at.field(name), "\"" + name + "\" of " + what + " must be " + expected + ", found "
                + Decoding.kindOf(found));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
