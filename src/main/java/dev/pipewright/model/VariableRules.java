package dev.pipewright.model;

import java.util.HashSet;
import java.util.List;

/** Pipeline variables: names, uniqueness, and secrets whose value must not sit in the file. */
final class VariableRules {

    private VariableRules() {
    }

    static void check(Pipeline pipeline, List<Problem> problems) {
        var names = new HashSet<String>();
        for (int i = 0; i < pipeline.variables().size(); i++) {
            PipelineVariable variable = pipeline.variables().get(i);
            Location at = Location.variable(i);
            NameRule.VARIABLE.check(variable.name(), "variable name", at.field("name")).ifPresent(problems::add);
            if (!names.add(variable.name())) {
                problems.add(Problem.error(at.field("name"), "There are two pipeline variables named '"
                        + variable.name() + "'.", "rename or delete one of them"));
            }
            if (variable.secret() && variable.defaultValue().isPresent()) {
                problems.add(Problem.error(at.field("defaultValue"), "Secret variable '" + variable.name()
                        + "' has a default value, which would sit in the pipeline file for anyone to read.",
                        "remove the default and use fromEnv or pass it with --var"));
            }
        }
    }
}
