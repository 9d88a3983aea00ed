package dev.pipewright.interop.jobs;

import dev.pipewright.model.NameRule;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns names from another system into names a rule allows, unique within one scope (the stages
 * of a pipeline, the actions of a stage, the jobs of a workflow).
 */
public final class UniqueNames {

    private final Predicate<String> allowed;
    private final Pattern notAllowed;
    private final int maxLength;
    private final String fallback;
    private final Set<String> taken = new HashSet<>();

    private UniqueNames(Predicate<String> allowed, String notAllowedRegex, int maxLength, String fallback) {
        this.allowed = allowed;
        this.notAllowed = Pattern.compile(notAllowedRegex);
        this.maxLength = maxLength;
        this.fallback = fallback;
    }

    /** Names following a Pipewright {@link NameRule}. */
    public static UniqueNames following(NameRule rule, String fallback) {
        String notAllowed = switch (rule) {
            case NAME -> "[^A-Za-z0-9.@\\-_]+";
            case ARTIFACT -> "[^A-Za-z0-9_\\-]+";
            case NAMESPACE, VARIABLE -> "[^A-Za-z0-9@\\-_]+";
        };
        return new UniqueNames(rule::matches, notAllowed, rule.maxLength(), fallback);
    }

    /** GitHub job ids and GitLab job names we write: {@code ^[_a-zA-Z][a-zA-Z0-9_-]*$}. */
    public static UniqueNames jobIds() {
        return new UniqueNames(s -> s.matches("[_a-zA-Z][a-zA-Z0-9_-]{0,99}"), "[^A-Za-z0-9_\\-]+", 100, "job");
    }

    /** Reserves a name already in use, so that no generated name takes it. */
    public void reserve(String name) {
        taken.add(name);
    }

    /** {@code wanted} if allowed and free, else a cleaned-up, numbered variant. */
    public String take(String wanted) {
        String base = allowed.test(wanted) ? wanted : clean(wanted);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "-" + n;
            name = (base.length() + suffix.length() > maxLength ? base.substring(0, maxLength - suffix.length()) : base)
                    + suffix;
        }
        return name;
    }

    private String clean(String wanted) {
        String cleaned = notAllowed.matcher(wanted.trim()).replaceAll("-").replaceAll("^-+|-+$", "");
        if (cleaned.length() > maxLength) {
            cleaned = cleaned.substring(0, maxLength);
        }
        if (!cleaned.isEmpty() && !allowed.test(cleaned)) {
            cleaned = "_" + cleaned; // a job id must not start with a digit or '-'
            cleaned = cleaned.substring(0, Math.min(cleaned.length(), maxLength));
        }
        return cleaned.isEmpty() || !allowed.test(cleaned) ? fallback : cleaned;
    }
}
