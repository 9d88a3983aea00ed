package dev.pipewright.actions;

import dev.pipewright.actions.files.Globs;
import dev.pipewright.model.ConfigValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reusable rules for {@link dev.pipewright.model.SettingSpec#check()}: a message, or empty. */
public final class SettingChecks {

    private SettingChecks() {
    }

    /** A path that stays inside the folder it is resolved against: not absolute, no {@code ..}. */
    public static Function<ConfigValue, Optional<String>> relativeInside() {
        return v -> {
            String text = v.asText().trim();
            if (isVariable(text)) {
                return Optional.empty();
            }
            Path path;
            try {
                path = Path.of(text);
            } catch (RuntimeException e) {
                return Optional.of("'" + text + "' is not a valid path: " + e.getMessage());
            }
            if (path.isAbsolute() || text.startsWith("/") || text.startsWith("\\")) {
                return Optional.of("'" + text + "' is absolute; write a path relative to the folder instead");
            }
            if (path.normalize().startsWith("..")) {
                return Optional.of("'" + text + "' goes outside the folder with '..'; keep it inside");
            }
            return Optional.empty();
        };
    }

    /** An http or https URL. */
    public static Function<ConfigValue, Optional<String>> httpUrl() {
        return v -> {
            String text = v.asText().trim();
            if (isVariable(text)) {
                return Optional.empty();
            }
            try {
                URI uri = new URI(text);
                String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase();
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return Optional.of("'" + text + "' must start with http:// or https://");
                }
                if (uri.getHost() == null) {
                    return Optional.of("'" + text + "' has no host name");
                }
                return Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.of("'" + text + "' is not a valid URL: " + e.getReason());
            }
        };
    }

    /** Each entry is a glob java.nio accepts. */
    public static Function<ConfigValue, Optional<String>> globs() {
        return v -> {
            List<String> entries = v instanceof ConfigValue.TextList l ? l.values()
                    : Arrays.asList(v.asText().split("\\R"));
            for (String glob : entries) {
                Optional<String> problem = Globs.problem(glob.trim());
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        };
    }

    /** A value holding {@code #{...}} is only known at run time; checking it now would mislead. */
    static boolean isVariable(String text) {
        return text.contains("#{");
    }
}
