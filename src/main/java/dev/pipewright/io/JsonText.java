package dev.pipewright.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * JSON text the same on every machine: two-space indents, {@code "key": value}, one list element
 * a line, {@code \n} line endings (not the platform's) and a final newline.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setNodeFactory(LocatedJson.NODES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // 120 minutes, never 1.2E+2 (what 120 is after stripTrailingZeros)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static final ObjectWriter WRITER;

    static {
        var indenter = new DefaultIndenter("  ", "\n");
        var separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private JsonText() {
    }

    static String pretty(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree we built ourselves always serialises
        }
    }

    /** Parses JSON text kept in the model (x- fields); a program that put bad text there is at fault. */
    static JsonNode parseKept(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON text: " + text, e);
        }
    }
}
