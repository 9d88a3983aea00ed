package dev.pipewright.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.input.InputPosition;
import dev.pipewright.input.InputProblem;
import dev.pipewright.input.JsonErrors;
import dev.pipewright.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses JSON text into a tree while noting where every field and value stands, which Jackson's
 * own tree does not keep. Duplicate field names are refused: Jackson would silently keep the last.
 */
final class LocatedJson {

    /** Exact decimals, so {@code 1.50} stays {@code 1.50} through a read and write. */
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** The parsed tree and where its parts stand. */
    record Tree(JsonNode root, SourceMap positions) {
    }

    private final String file;
    private final Map<Location, TextPosition> names = new HashMap<>();
    private final Map<Location, TextPosition> values = new HashMap<>();
    private final List<FileError> errors = new ArrayList<>();

    private LocatedJson(String file) {
        this.file = file;
    }

    /** Parses {@code text}; any syntax error or duplicate field ends in one exception listing them. */
    static Tree parse(String text, String file) throws PipelineFileException {
        var reader = new LocatedJson(file);
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new PipelineFileException(new FileError(file, Optional.empty(), "cannot parse: " + e.getMessage()));
        }
        try (parser) {
            return reader.read(parser);
        } catch (IOException e) {
            // closing a String reader: cannot fail, still said in words
            throw new PipelineFileException(new FileError(file, Optional.empty(), "cannot parse: " + e.getMessage()));
        }
    }

    /** Parses with the parser still open when it complains, so its position is where it stopped. */
    private Tree read(JsonParser parser) throws PipelineFileException {
        try {
            if (parser.nextToken() == null) {
                throw new PipelineFileException(new FileError(file, Optional.of(new TextPosition(1, 1)),
                        "the file is empty; a pipeline file starts with { \"schemaVersion\": 1, \"pipeline\": ... }"));
            }
            JsonNode root = value(parser, Location.root());
            if (parser.nextToken() != null) {
                errors.add(new FileError(file, Optional.of(position(parser.currentTokenLocation())),
                        "there is more text after the end of the JSON document; remove it"));
            }
            if (!errors.isEmpty()) {
                throw new PipelineFileException(errors);
            }
            return new Tree(root, new SourceMap(names, values));
        } catch (JsonProcessingException e) {
            InputProblem problem = JsonErrors.describe(e, parser);
            throw new PipelineFileException(new FileError(file, problem.position().map(LocatedJson::position),
                    problem.message()));
        } catch (IOException e) {
            // only reachable through a broken String reader; still said in words
            throw new PipelineFileException(new FileError(file, Optional.empty(), "cannot parse: " + e.getMessage()));
        }
    }

    private JsonNode value(JsonParser parser, Location at) throws IOException {
        values.put(at, position(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, at);
            case START_ARRAY -> array(parser, at);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        };
    }

    private ObjectNode object(JsonParser parser, Location at) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Location field = at.field(name);
            TextPosition namePosition = position(parser.currentTokenLocation());
            parser.nextToken();
            if (object.has(name)) {
                errors.add(new FileError(file, Optional.of(namePosition), "the field '" + name
                        + "' is written twice in the same object (first at line " + names.get(field).line()
                        + "); keep one"));
                parser.skipChildren();
                continue;
            }
            names.put(field, namePosition);
            object.set(name, value(parser, field));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, Location at) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, at.index(index++)));
        }
        return array;
    }

    private static TextPosition position(InputPosition position) {
        return new TextPosition(position.line(), position.column());
    }

    private static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
