package dev.pipewright.ui.run;

import dev.pipewright.engine.NonLocalActions;
import java.util.Map;
import java.util.Objects;

/** What the person chose before a run: values for the variables, and what to do with AWS-only actions. */
record RunChoices(Map<String, String> variables, NonLocalActions nonLocalActions) {
    RunChoices {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(nonLocalActions);
    }
}
