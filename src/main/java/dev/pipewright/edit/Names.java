package dev.pipewright.edit;

import dev.pipewright.model.NameRule;
import java.util.Collection;
import java.util.regex.Pattern;

/** New names that follow CodePipeline's rules and do not collide: "Shell", "Shell2", "Shell3"... */
final class Names {

    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    private Names() {
    }

    /** {@code base} made valid for {@code rule}, or {@code fallback} when nothing of it is usable. */
    static String sanitize(String base, NameRule rule, String fallback) {
        var sb = new StringBuilder();
        base.codePoints().mapToObj(Character::toString).filter(rule::matches).forEach(sb::append);
        String clean = sb.length() > rule.maxLength() ? sb.substring(0, rule.maxLength()) : sb.toString();
        return clean.isEmpty() ? fallback : clean;
    }

    /** {@code base} (made valid) if free, else its stem numbered on from its own number, or from 2. */
    static String unique(String base, Collection<String> taken, NameRule rule, String fallback) {
        String name = sanitize(base, rule, fallback);
        if (!taken.contains(name)) {
            return name;
        }
        var digits = TRAILING_DIGITS.matcher(name);
        String stem = digits.replaceFirst("");
        long start = 2;
        if (digits.reset().find() && digits.group().length() < 9) {
            start = Long.parseLong(digits.group()) + 1;
        }
        if (stem.isEmpty()) {
            stem = fallback;
        }
        for (long n = Math.max(2, start); ; n++) {
            String suffix = Long.toString(n);
            String head = stem.length() + suffix.length() > rule.maxLength()
                    ? stem.substring(0, rule.maxLength() - suffix.length()) : stem;
            if (!taken.contains(head + suffix)) {
                return head + suffix;
            }
        }
    }

    /** Throws with a person-readable message when {@code name} breaks {@code rule}. */
    static void require(String name, NameRule rule, String what) {
        if (rule.matches(name)) {
            return;
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The " + what + " cannot be empty.");
        }
        if (name.length() > rule.maxLength()) {
            throw new IllegalArgumentException("The " + what + " '" + name + "' is longer than "
                    + rule.maxLength() + " characters.");
        }
        throw new IllegalArgumentException("The " + what + " '" + name + "' may only hold "
                + allowed(rule) + ".");
    }

    private static String allowed(NameRule rule) {
        return switch (rule) {
            case NAME -> "letters, digits and . @ - _";
            case ARTIFACT -> "letters, digits and - _";
            case NAMESPACE, VARIABLE -> "letters, digits and @ - _";
        };
    }
}
