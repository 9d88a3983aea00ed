package dev.pipewright.interop.jobs;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import java.util.List;

/** Reading an action's settings as export needs them. */
public final class ActionSettings {

    private ActionSettings() {
    }

    /** A setting's text, or {@code otherwise} when it is absent or empty. */
    public static String text(Action action, String key, String otherwise) {
        return action.setting(key).map(ConfigValue::asText).filter(s -> !s.isEmpty()).orElse(otherwise);
    }

    /** A setting's entries: a list's, or a single text as one entry. */
    public static List<String> list(ConfigValue value) {
        return value instanceof ConfigValue.TextList l ? l.values() : List.of(value.asText());
    }
}
