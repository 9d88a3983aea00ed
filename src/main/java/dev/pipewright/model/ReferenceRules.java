package dev.pipewright.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code #{...}} references in configuration values. An unresolvable reference is an error here
 * rather than an empty string at run time.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    static void check(Pipeline pipeline, ActionIndex index, ProviderCatalog catalog, List<Problem> problems) {
        var rule = new Checker(pipeline, index, catalog, problems);
        for (ActionAt at : index.all()) {
            for (Map.Entry<String, ConfigValue> setting : at.action().configuration().entrySet()) {
                Location where = at.location().field("configuration").field(setting.getKey());
                ConfigValue value = setting.getValue();
                if (value instanceof ConfigValue.TextList list) {
                    for (int i = 0; i < list.values().size(); i++) {
                        rule.checkText(at, setting.getKey(), list.values().get(i), where.index(i));
                    }
                } else if (value instanceof ConfigValue.TextMap map) {
                    map.values().forEach((k, v) -> rule.checkText(at, setting.getKey(), v, where.field(k)));
                } else {
                    rule.checkText(at, setting.getKey(), value.asText(), where);
                }
            }
        }
    }

    private record Checker(Pipeline pipeline, ActionIndex index, ProviderCatalog catalog, List<Problem> problems) {

        void checkText(ActionAt at, String key, String text, Location where) {
            for (VariableReference ref : VariableReference.findAll(text)) {
                String in = "Setting '" + key + "' of " + at.describe() + " refers to " + ref;
                switch (ref.namespace()) {
                    case VariableReference.PIPELINE_NAMESPACE -> checkPipelineVariable(ref, in, where);
                    case VariableReference.BUILT_IN_NAMESPACE -> checkBuiltIn(ref, in, where);
                    default -> checkActionVariable(at, ref, in, where);
                }
            }
        }

        private void checkPipelineVariable(VariableReference ref, String in, Location where) {
            if (pipeline.variable(ref.name()).isPresent()) {
                return;
            }
            List<String> declared = pipeline.variables().stream().map(PipelineVariable::name).toList();
            String fix = ClosestName.among(ref.name(), declared).map(n -> "did you mean #{variables." + n + "}?")
                    .orElse("declare '" + ref.name() + "' under the pipeline's variables");
            problems.add(Problem.error(where, in + ", but the pipeline has no variable '" + ref.name() + "'.", fix));
        }

        private void checkBuiltIn(VariableReference ref, String in, Location where) {
            if (VariableReference.BUILT_INS.contains(ref.name())) {
                return;
            }
            String fix = ClosestName.among(ref.name(), VariableReference.BUILT_INS)
                    .map(n -> "did you mean #{codepipeline." + n + "}?")
                    .orElse("use one of " + String.join(", ", VariableReference.BUILT_INS));
            problems.add(Problem.error(where, in + ", which is not a built-in variable; the built-ins are "
                    + String.join(", ", VariableReference.BUILT_INS) + ".", fix));
        }

        private void checkActionVariable(ActionAt consumer, VariableReference ref, String in, Location where) {
            List<ActionAt> owners = index.ownersOf(ref.namespace());
            if (owners.isEmpty()) {
                List<String> visible = index.namespacesVisibleTo(consumer); // only for the message: a scan
                String available = visible.isEmpty() ? "no action before it has a namespace"
                        : "the namespaces available here are " + String.join(", ", visible);
                String fix = ClosestName.among(ref.namespace(), visible).map(n -> "did you mean '" + n + "'?")
                        .orElse("set \"namespace\": \"" + ref.namespace() + "\" on the action that outputs '"
                                + ref.name() + "'");
                problems.add(Problem.error(where, in + ", but no action has the namespace '" + ref.namespace()
                        + "'; " + available + ".", fix));
                return;
            }
            Optional<ActionAt> producer = ActionIndex.visibleAmong(owners, consumer);
            if (producer.isEmpty()) {
                ActionAt owner = owners.get(0);
                problems.add(Problem.error(where, in + ", the namespace of " + owner.describe() + ", "
                        + owner.whyNotBefore(consumer) + "; its variables are not set yet.",
                        owner.howToRunBefore(consumer)));
                return;
            }
            checkOutputVariable(producer.get(), ref, in, where);
        }

        private void checkOutputVariable(ActionAt producer, VariableReference ref, String in, Location where) {
            Action action = producer.action();
            Optional<ProviderSpec> spec = catalog.find(action);
            if (spec.isEmpty() || spec.get().outputVariables().contains(ref.name())) {
                return; // an unknown provider is reported once, by the provider rules
            }
            List<String> outputs = spec.get().outputVariables();
            String listed = outputs.isEmpty() ? "it outputs no fixed variables"
                    : "it outputs " + String.join(", ", outputs);
            String fix = ClosestName.among(ref.name(), outputs)
                    .map(n -> "did you mean #{" + ref.namespace() + "." + n + "}?")
                    .orElse(outputs.isEmpty() ? "make sure the action exports '" + ref.name() + "'"
                            : "use one of " + String.join(", ", outputs));
            String message = in + ", but provider " + spec.get().id() + " of " + producer.describe()
                    + " does not declare '" + ref.name() + "'; " + listed + ".";
            if (!spec.get().openOutputVariables()) {
                problems.add(Problem.error(where, message, fix));
            } else if (!outputs.isEmpty()) {
                // an open provider (a script) may export more at run time: only worth a hint
                problems.add(Problem.warning(where, message + " It may still set it at run time.", fix));
            }
        }
    }
}
