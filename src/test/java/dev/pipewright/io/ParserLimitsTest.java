package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON parser's limits and complaints come out in Pipewright's words, with a line and column. */
class ParserLimitsTest {

    /** Words from the parser library that mean nothing to a person fixing a file. */
    static final List<String> INTERNALS = List.of("StreamReadConstraints", "REDACTED", "StreamReadFeature",
            "Source:", "`", "jackson", "Exception", "code 1", "marker");

    static FileError onlyError(String text) {
        var e = assertThrows(PipelineFileException.class, () -> PipelineFiles.load(text, "p.pipeline.json"));
        assertEquals(1, e.errors().size(), e::getMessage);
        FileError error = e.errors().get(0);
        assertTrue(error.position().isPresent(), () -> "no line:column in " + error);
        INTERNALS.forEach(word -> assertFalse(error.message().contains(word), () -> word + " shown in " + error));
        return error;
    }

    @Test
    void nestingOver1000IsLocated() {
        String text = "{\"schemaVersion\": 1,\n \"x-deep\": " + "[".repeat(1200) + "]".repeat(1200) + "}";
        FileError error = onlyError(text);
        assertEquals(2, error.position().get().line());
        // right after the bracket that opens the 1001st level (the object around them is the first),
        // not the end of the file
        assertEquals(" \"x-deep\": ".length() + 1001, error.position().get().column(), error::toString);
        assertTrue(error.message().contains("nest more than 1000 levels"), error::toString);
    }

    @Test
    void aTwentyMegabyteStringIsLocated() {
        String text = "{\"schemaVersion\": 1,\n \"x-big\": \"" + "a".repeat(20_000_001) + "\"}";
        FileError error = onlyError(text);
        assertEquals(2, error.position().get().line());
        assertEquals(" \"x-big\": ".length() + 1, error.position().get().column(), "where the text starts");
        assertTrue(error.message().contains("longer than 20,000,000 characters"), error::toString);
    }

    @Test
    void aThousandDigitNumberIsLocated() {
        FileError error = onlyError("{\"schemaVersion\": 1,\n\n \"x-n\": " + "7".repeat(1001) + "}");
        assertEquals(3, error.position().get().line());
        assertEquals(" \"x-n\": ".length() + 1002, error.position().get().column(), "right after the number");
        assertTrue(error.message().contains("more than 1000 digits"), error::toString);
    }

    @Test
    void aFiftyThousandCharacterKeyIsLocated() {
        FileError error = onlyError("{\"schemaVersion\": 1,\n \"" + "k".repeat(50_001) + "\": 1}");
        assertEquals(2, error.position().get().line());
        assertTrue(error.message().contains("field name is longer than 50,000 characters"), error::toString);
    }

    @Test
    void aCutShortFileSaysWhereTheOpenObjectStarted() {
        FileError error = onlyError("{\"schemaVersion\": 1, \"pipeline\": {");
        assertEquals("not valid JSON: the file ends before the object opened at line 1, column 34 is closed; "
                + "add the missing } (or the rest of the file, if it was cut short)", error.message());
    }

    @Test
    void commonSlipsAreSaidInWords() {
        said("{\"schemaVersion\": 1,}", "'}' where a field name was expected");
        said("{\"schemaVersion\": 1 \"pipeline\": {}}", "where a comma (between two fields)");
        said("{\"schemaVersion\": tru}", "'tru' is not a JSON value");
        said("{\"schemaVersion\":\u0000 1}", "control character U+0000");
        said("{\"schemaVersion\": 01}", "not a number JSON accepts");
        said("{\"schemaVersion\" 1}", "colon after the field name");
        said("{\"schemaVersion\": }", "'}' is not the start of a JSON value");
        said("{\"schemaVersion\": 1.}", "not a number JSON accepts");
        said("{\"schemaVersion\": NaN}", "not a number JSON accepts");
        said("{\"schemaVersion\": 1]", "']' that closes nothing open here");
        said("{\"schemaVersion\": \"a\\qb\"}", "a backslash escape JSON does not know");
    }

    private static void said(String text, String words) {
        String message = onlyError(text).message();
        assertTrue(message.contains(words), message);
    }
}
