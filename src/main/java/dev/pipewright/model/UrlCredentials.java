package dev.pipewright.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Passwords written into addresses ({@code https://user:password@host/...}) anywhere in a
 * pipeline's configuration. They are secrets as much as a secret variable is, so the engine masks
 * them in every log, record and event.
 */
public final class UrlCredentials {

    /** scheme://user:password@ — the password stops at the last @ before the path. */
    private static final Pattern USER_INFO = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://([^/\\s@:?#]*):([^/\\s?#]*)@");
    private static final Pattern PIPELINE_VARIABLE = Pattern.compile("#\\{variables\\.([A-Za-z0-9@_.-]+)}");

    private UrlCredentials() {
    }

    /**
     * Every password in an address of the pipeline's configuration, as written and percent-decoded,
     * with {@code #{variables.NAME}} references replaced by {@code variables}' values.
     */
    public static Set<String> passwords(Pipeline pipeline, Map<String, String> variables) {
        Set<String> found = new LinkedHashSet<>();
        pipeline.stages().stream().flatMap(s -> s.actions().stream())
                .flatMap(a -> a.configuration().values().stream())
                .flatMap(UrlCredentials::texts)
                .forEach(text -> passwordsIn(text).forEach(p -> {
                    String resolved = resolve(p, variables);
                    found.add(resolved);
                    found.add(decoded(resolved));
                }));
        found.removeIf(String::isEmpty);
        return found;
    }

    /** The passwords written in one text, as written (percent-encoded, variable references kept). */
    public static List<String> passwordsIn(String text) {
        List<String> passwords = new ArrayList<>();
        Matcher m = USER_INFO.matcher(text);
        while (m.find()) {
            passwords.add(m.group(2));
        }
        return passwords;
    }

    private static Stream<String> texts(ConfigValue value) {
        if (value instanceof ConfigValue.Text t) {
            return Stream.of(t.value());
        }
        if (value instanceof ConfigValue.TextList l) {
            return l.values().stream();
        }
        if (value instanceof ConfigValue.TextMap m) {
            return m.values().values().stream();
        }
        return Stream.empty();
    }

    private static String resolve(String password, Map<String, String> variables) {
        Matcher m = PIPELINE_VARIABLE.matcher(password);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray % : taken as written
        }
    }
}
