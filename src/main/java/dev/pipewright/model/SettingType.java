package dev.pipewright.model;

/** The shape of a provider setting's value; the inspector picks its editor from this. */
public enum SettingType {
    /** One line of text. */
    TEXT,
    /** Several lines: a shell script, a request body. A list of lines is accepted too. */
    MULTILINE_TEXT,
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** One of a fixed set of words. */
    CHOICE,
    /** A list of texts (globs, excludes). */
    LIST,
    /** Names to texts (environment variables, headers). */
    MAP;

    /** Whether a value of this shape is acceptable for the type (numbers and flags may be written as text). */
    public boolean accepts(ConfigValue value) {
        return switch (this) {
            case TEXT, CHOICE -> value instanceof ConfigValue.Text || value instanceof ConfigValue.Number
                    || value instanceof ConfigValue.Flag;
            case MULTILINE_TEXT -> value instanceof ConfigValue.Text || value instanceof ConfigValue.TextList;
            case INTEGER -> value instanceof ConfigValue.Number n && isWhole(n)
                    || value instanceof ConfigValue.Text t && t.value().trim().matches("-?\\d{1,18}|#\\{.*}");
            case BOOLEAN -> value instanceof ConfigValue.Flag
                    || value instanceof ConfigValue.Text t && t.value().trim().matches("true|false|#\\{.*}");
            case LIST -> value instanceof ConfigValue.TextList || value instanceof ConfigValue.Text;
            case MAP -> value instanceof ConfigValue.TextMap;
        };
    }

    private static boolean isWhole(ConfigValue.Number n) {
        return n.value().stripTrailingZeros().scale() <= 0;
    }

    /** How to say the expected shape in an error message. */
    public String expectation() {
        return switch (this) {
            case TEXT -> "a text";
            case MULTILINE_TEXT -> "a text or a list of lines";
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of the listed words";
            case LIST -> "a list of texts";
            case MAP -> "an object of names to texts";
        };
    }
}
