package dev.pipewright.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the JSON parser's complaints become Pipewright's words: what is wrong,
 * where (line and column), what to do. The parser's own messages name its classes and settings
 * ({@code StreamReadConstraints}, {@code [Source: REDACTED ...]}), which mean nothing to a person
 * fixing a pipeline file, so none of their text is passed on except the offending character.
 */
public final class JsonErrors {

    private static final Pattern START_MARKER = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code (\\d+)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("close marker '(.)'");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.{0,40})");

    private JsonErrors() {
    }

    /**
     * @param parser the parser that gave up, still open: its position is used when the exception
     *               carries none of its own (the size limits do not)
     */
    public static InputProblem describe(JsonProcessingException e, JsonParser parser) {
        // a text is read whole before its length is checked: point at its start, not its end
        boolean text = e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("String");
        JsonLocation parserAt = text ? parser.currentTokenLocation() : parser.currentLocation();
        JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parserAt;
        Optional<InputPosition> at = Optional.ofNullable(location).filter(l -> l.getLineNr() > 0)
                .map(l -> new InputPosition(l.getLineNr(), Math.max(1, l.getColumnNr())));
        return new InputProblem(at, "not valid JSON: " + words(e));
    }

    private static String words(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(raw);
        }
        if (e instanceof JsonEOFException || raw.contains("end-of-input")) {
            return endOfInput(raw);
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(raw);
        String character = unexpected.find() ? shown(unexpected.group(1), unexpected.group(2)) : null;
        if (raw.contains("double-quote to start field name")) {
            return (character == null ? "a field name" : character + " where a field name") + " was expected; "
                    + "field names are written in double quotes (\"name\"), and no comma comes before a }";
        }
        if (raw.contains("comma to separate Object entries")) {
            return (character == null ? "something" : character) + " where a comma (between two fields) or } "
                    + "(the end of the object) was expected; add the missing comma or brace";
        }
        if (raw.contains("comma to separate Array entries")) {
            return (character == null ? "something" : character) + " where a comma (between two list elements) "
                    + "or ] (the end of the list) was expected; add the missing comma or bracket";
        }
        if (raw.contains("colon to separate field name and value")) {
            return (character == null ? "something" : character) + " where a colon after the field name was "
                    + "expected; write \"name\": value";
        }
        if (raw.contains("close marker") || raw.contains("Unexpected close")) {
            Matcher marker = CLOSE_MARKER.matcher(raw);
            String closing = marker.find() ? "'" + marker.group(1) + "'" : character == null ? "a closing bracket" : character;
            return closing + " that closes nothing open here; check that every { has its } and every [ its ]";
        }
        if (raw.contains("CTRL-CHAR") || raw.contains("Illegal unquoted character")) {
            Matcher code = CODE.matcher(raw);
            String which = code.find() ? String.format("the control character U+%04X", Integer.parseInt(code.group(1)))
                    : "a control character";
            return which + " is not allowed here; inside text write it as an escape "
                    + "(\\n, \\t, \\u0000), elsewhere remove it";
        }
        if (raw.contains("character escape")) {
            return "a backslash escape JSON does not know; write \\\\ for a backslash, or one of \\n \\t \\\" \\/ \\uXXXX";
        }
        Matcher token = TOKEN.matcher(raw);
        if (token.find()) {
            return "'" + token.group(1).replaceAll("[^\\p{L}\\p{N}_.-].*", "") + "' is not a JSON value; "
                    + "write text in double quotes, or true, false, null or a number";
        }
        if (raw.contains("expected a valid value")) {
            return (character == null ? "this" : character) + " is not the start of a JSON value; a value is "
                    + "text in double quotes, a number, true, false, null, an object {...} or a list [...]";
        }
        if (raw.contains("Non-standard token") || raw.contains("Leading zeroes") || raw.contains("numeric value")
                || raw.contains("Decimal point") || raw.contains("xponent") || raw.contains("in a Number")) {
            return "this is not a number JSON accepts (no leading zeros, NaN or Infinity, and digits after a "
                    + "decimal point); write it as plain digits, or in double quotes as text";
        }
        if (character != null) {
            return (character == null ? "this" : character) + " is not the start of a JSON value; a value is "
                    + "text in double quotes, a number, true, false, null, an object {...} or a list [...]";
        }
        if (raw.contains("UTF")) {
            return "the text is not valid UTF-8 here; save the file as UTF-8";
        }
        return "the JSON is broken at this spot; check the quotes, commas and brackets just before it";
    }

    private static String limit(String raw) {
        if (raw.contains("nesting depth")) {
            return "the objects and lists nest more than 1000 levels deep; a pipeline nests a handful, so look "
                    + "for brackets opened and never closed";
        }
        if (raw.contains("String value length")) {
            return "a text value is longer than 20,000,000 characters; keep large content in a file of its own "
                    + "and refer to it";
        }
        if (raw.contains("Number value length")) {
            return "a number has more than 1000 digits; if it is meant as text, put it in double quotes";
        }
        if (raw.contains("Name length")) {
            return "a field name is longer than 50,000 characters; field names are short words such as \"name\"";
        }
        return "the JSON is larger than Pipewright reads at this spot; check that this is the file you meant";
    }

    private static String endOfInput(String raw) {
        Matcher marker = START_MARKER.matcher(raw);
        if (marker.find()) {
            boolean object = marker.group(1).equals("Object");
            return "the file ends before the " + (object ? "object" : "list") + " opened at line " + marker.group(2)
                    + ", column " + marker.group(3) + " is closed; add the missing " + (object ? "}" : "]")
                    + " (or the rest of the file, if it was cut short)";
        }
        if (raw.contains("String value") || raw.contains("in a String") || raw.contains("field name")) {
            return "the file ends inside a text value; add its closing double quote (or the rest of the file, "
                    + "if it was cut short)";
        }
        return "the file ends before the JSON is complete; add what is missing (or the rest of the file, if it "
                + "was cut short)";
    }

    private static String shown(String text, String code) {
        int c = Integer.parseInt(code);
        return c < 32 || c == 127 ? String.format("the control character U+%04X", c) : "'" + text + "'";
    }
}
