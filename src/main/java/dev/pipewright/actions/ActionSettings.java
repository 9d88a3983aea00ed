package dev.pipewright.actions;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a running action's settings the way its {@link ProviderSpec} describes them: the value
 * written in the file, else the spec's default. Failures name the setting, because
 * the validator may not have run (a CLI run of an old file, a hand-edited value).
 */
public final class ActionSettings {

    private final Action action;
    private final ProviderSpec spec;

    private ActionSettings(Action action, ProviderSpec spec) {
        this.action = action;
        this.spec = spec;
    }

    public static ActionSettings of(ActionContext context, ProviderSpec spec) {
        return new ActionSettings(context.action(), spec);
    }

    /** The settings of an action outside a run (a trigger reading where its source is). */
    public static ActionSettings of(Action action, ProviderSpec spec) {
        return new ActionSettings(action, spec);
    }

    public Action action() {
        return action;
    }

    /** The value written in the file, else the spec's default. */
    public Optional<ConfigValue> value(String key) {
        return action.setting(key).or(() -> spec.setting(key).flatMap(SettingSpec::defaultValue));
    }

    /** The value as text; blank counts as absent, since an emptied inspector field means "unset". */
    public Optional<String> text(String key) {
        return value(key).map(ConfigValue::asText).filter(s -> !s.isBlank());
    }

    public String requiredText(String key) throws ActionFailedException {
        return text(key).orElseThrow(() -> failure("setting '" + key + "' is required but empty; "
                + "fill it in the inspector or in the pipeline file"));
    }

    /** A list setting; a single text is read as one entry per line. Blank entries are dropped. */
    public List<String> list(String key) {
        return value(key).map(v -> v instanceof ConfigValue.TextList l ? l.values()
                        : Arrays.asList(v.asText().split("\\R")))
                .orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Map<String, String> map(String key) throws ActionFailedException {
        Optional<ConfigValue> value = value(key);
        if (value.isEmpty()) {
            return Map.of();
        }
        if (value.get() instanceof ConfigValue.TextMap m) {
            return m.values();
        }
        throw failure("setting '" + key + "' must be an object of names to texts, not a "
                + value.get().kindName());
    }

    public boolean flag(String key) throws ActionFailedException {
        Optional<ConfigValue> value = value(key);
        if (value.isEmpty()) {
            return false;
        }
        String text = value.get().asText().trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw failure("setting '" + key + "' must be true or false, not '" + text + "'");
    }

    /** A CHOICE setting, checked against the spec's words. */
    public Optional<String> choice(String key) throws ActionFailedException {
        Optional<String> word = text(key).map(String::trim);
        List<String> choices = spec.setting(key).map(SettingSpec::choices).orElse(List.of());
        if (word.isPresent() && !choices.isEmpty() && !choices.contains(word.get())) {
            throw failure("setting '" + key + "' is '" + word.get() + "' but must be one of "
                    + String.join(", ", choices));
        }
        return word;
    }

    /** A failure of the action; the engine adds which stage and action it was. */
    public ActionFailedException failure(String message) {
        return new ActionFailedException(message);
    }

    public ActionFailedException failure(String message, Throwable cause) {
        return new ActionFailedException(message, cause);
    }
}
