package dev.pipewright.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one read of a file shares: its name, where things stand, and the errors found so far.
 * Decoding goes on after an error so that one run reports everything wrong with the file.
 */
final class Decoding {

    private final String file;
    private final SourceMap positions;
    private final List<FileError> errors = new ArrayList<>();

    Decoding(String file, SourceMap positions) {
        this.file = file;
        this.positions = positions;
    }

    /** An error about a field as a whole (unknown, missing inside it): points at its name. */
    void errorAt(Location location, String message) {
        errors.add(new FileError(file, positions.find(location), message));
    }

    /** An error about a value (wrong type, out of range): points at the value itself. */
    void errorAtValue(Location location, String message) {
        Optional<TextPosition> at = positions.valueAt(location).or(() -> positions.find(location));
        errors.add(new FileError(file, at, message));
    }

    List<FileError> errors() {
        return errors;
    }

    /** {@code node} as an object, or an error saying what was expected instead. */
    Optional<JsonObject> object(JsonNode node, Location at, String what) {
        if (node.isObject()) {
            return Optional.of(new JsonObject(this, node, at, what));
        }
        errorAtValue(at, what + " must be an object { ... }, found " + kindOf(node));
        return Optional.empty();
    }

    /** How to name what was found, in an error message: {@code text "abc"}, {@code a list}. */
    static String kindOf(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return "text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isIntegralNumber()) {
            return "the whole number " + node.asText();
        }
        if (node.isNumber()) {
            return "the number " + node.decimalValue().toString();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list [ ... ]";
        }
        if (node.isObject()) {
            return "an object { ... }";
        }
        return "null";
    }
}
