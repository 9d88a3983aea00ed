package dev.pipewright.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The allowed shapes of names, as CodePipeline's, so that an export never produces an invalid
 * pipeline.
 */
public enum NameRule {
    /** Pipeline, stage and action names. */
    NAME("[A-Za-z0-9.@\\-_]", 100, "letters, digits and . @ - _"),
    /** Artifact names: no {@code .} or {@code @}, unlike action names. */
    ARTIFACT("[A-Za-z0-9_\\-]", 100, "letters, digits and - _"),
    NAMESPACE("[A-Za-z0-9@\\-_]", 100, "letters, digits and @ - _"),
    VARIABLE("[A-Za-z0-9@\\-_]", 128, "letters, digits and @ - _");

    private final String characterClass;
    private final int maxLength;
    private final String allowedInWords;
    private final Pattern pattern;

    NameRule(String characterClass, int maxLength, String allowedInWords) {
        this.characterClass = characterClass;
        this.maxLength = maxLength;
        this.allowedInWords = allowedInWords;
        this.pattern = Pattern.compile(characterClass + "{1," + maxLength + "}");
    }

    /** The regular expression a whole name must match, for the JSON Schema. */
    public String regex() {
        return "^" + characterClass + "{1," + maxLength + "}$";
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /**
     * A problem when {@code name} is not allowed, saying what is wrong with it.
     *
     * @param what words for the name, as "stage name" or "output artifact name"
     */
    Optional<Problem> check(String name, String what, Location location) {
        if (matches(name)) {
            return Optional.empty();
        }
        if (name.isEmpty()) {
            return Optional.of(Problem.error(location, "The " + what + " is empty.", "give it a name"));
        }
        if (name.length() > maxLength) {
            return Optional.of(Problem.error(location, "The " + what + " '" + name + "' is " + name.length()
                    + " characters long; at most " + maxLength + " are allowed.", "shorten it"));
        }
        var single = Pattern.compile(characterClass);
        List<String> bad = name.codePoints().mapToObj(Character::toString)
                .filter(c -> !single.matcher(c).matches()).distinct()
                .map(c -> c.equals(" ") ? "space" : "'" + c + "'").toList();
        return Optional.of(Problem.error(location, "The " + what + " '" + name + "' contains "
                + String.join(", ", bad) + ", which is not allowed.", "use only " + allowedInWords));
    }
}
