package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The values an execution's pipeline variables take, and which of them are secrets to mask. */
final class VariableValues {

    private VariableValues() {
    }

    /** Values for every pipeline variable: given, else from its environment variable, else its default. */
    static Map<String, String> resolve(Pipeline pipeline, Map<String, String> given) throws StartRefusedException {
        var problems = new ArrayList<String>();
        var declared = new HashSet<String>();
        var values = new LinkedHashMap<String, String>();
        for (PipelineVariable v : pipeline.variables()) {
            declared.add(v.name());
            String value = given.get(v.name());
            if (value == null && v.fromEnv().isPresent()) {
                value = System.getenv(v.fromEnv().get());
            }
            if (value == null) {
                value = v.defaultValue().orElse(null);
            }
            if (value == null || value.isEmpty()) {
                problems.add("variable '" + v.name() + "' has no value: pass it with --var " + v.name() + "=VALUE"
                        + v.fromEnv().map(env -> " or set the environment variable " + env).orElse(""));
            } else {
                values.put(v.name(), value);
            }
        }
        for (String name : given.keySet()) {
            if (!declared.contains(name)) {
                problems.add("the pipeline has no variable '" + name + "'"
                        + (declared.isEmpty() ? "; it declares none" : "; it declares " + new TreeSet<>(declared)));
            }
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException(problems);
        }
        return values;
    }

    /** A masker for the values of the variables declared secret, and passwords written in addresses (user:password@). */
    static SecretMasker masker(Pipeline pipeline, Map<String, String> values) {
        var secrets = new java.util.ArrayList<>(pipeline.variables().stream().filter(PipelineVariable::secret)
                .map(v -> values.get(v.name())).filter(Objects::nonNull).toList());
        secrets.addAll(dev.pipewright.model.UrlCredentials.passwords(pipeline, values));
        return new SecretMasker(secrets);
    }
}
