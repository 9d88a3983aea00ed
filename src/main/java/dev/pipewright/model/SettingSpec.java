package dev.pipewright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One setting of a provider, described once: the inspector, validation, the JSON Schema and
 * the docs all read it.
 *
 * @param key         the configuration key in the file
 * @param label       a short name for people
 * @param description one or two sentences in plain words
 * @param check       a further rule on a present value (after the type check): a message, or empty
 * @param role        what the value does outside the action (a path it writes, an address it calls...)
 */
public record SettingSpec(
        String key,
        String label,
        SettingType type,
        boolean required,
        Optional<ConfigValue> defaultValue,
        List<String> choices,
        String description,
        Function<ConfigValue, Optional<String>> check,
        SettingRole role) {

    public SettingSpec {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        Objects.requireNonNull(defaultValue);
        choices = List.copyOf(choices);
        Objects.requireNonNull(description);
        Objects.requireNonNull(check);
        Objects.requireNonNull(role);
    }

    public static SettingSpec required(String key, String label, SettingType type, String description) {
        return new SettingSpec(key, label, type, true, Optional.empty(), List.of(), description, v -> Optional.empty(),
                SettingRole.OTHER);
    }

    public static SettingSpec optional(String key, String label, SettingType type, String description) {
        return new SettingSpec(key, label, type, false, Optional.empty(), List.of(), description, v -> Optional.empty(),
                SettingRole.OTHER);
    }

    public SettingSpec withDefault(ConfigValue value) {
        return new SettingSpec(key, label, type, required, Optional.of(value), choices, description, check, role);
    }

    public SettingSpec withChoices(String... words) {
        return new SettingSpec(key, label, type, required, defaultValue, List.of(words), description, check, role);
    }

    public SettingSpec withRole(SettingRole newRole) {
        return new SettingSpec(key, label, type, required, defaultValue, choices, description, check, newRole);
    }

    public SettingSpec withCheck(Function<ConfigValue, Optional<String>> rule) {
        return new SettingSpec(key, label, type, required, defaultValue, choices, description, rule, role);
    }
}
