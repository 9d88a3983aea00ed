package dev.pipewright.watch;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.VariableReference;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pipeline variables as an execution would see them (given, else from the environment, else the
 * default), so a watched source's {@code #{variables.GitToken}} reaches the same token its runs use.
 */
final class PipelineValues {

    private final Pipeline pipeline;
    private final Map<String, String> given;

    PipelineValues(Pipeline pipeline, Map<String, String> given) {
        this.pipeline = pipeline;
        this.given = given;
    }

    Optional<String> value(String name) {
        Optional<PipelineVariable> variable = pipeline.variable(name);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(given.get(name))
                .or(() -> variable.get().fromEnv().map(System::getenv))
                .or(() -> variable.get().defaultValue())
                .filter(v -> !v.isEmpty());
    }

    /** The action with {@code #{variables.X}} in its settings replaced where a value is known. */
    Action resolve(Action action) {
        var configuration = new TreeMap<String, ConfigValue>();
        action.configuration().forEach((key, value) -> configuration.put(key, VariableReference.substitute(value,
                ref -> ref.namespace().equals(VariableReference.PIPELINE_NAMESPACE) ? value(ref.name())
                        : Optional.empty())));
        return action.withConfiguration(configuration);
    }
}
