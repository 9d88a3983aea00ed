package dev.pipewright.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How artifacts and namespaces flow: unique names, and every input produced by an action that
 * has finished before the consumer starts.
 */
final class ArtifactRules {

    /** Namespaces with a meaning of their own in {@code #{...}} references. */
    static final Set<String> RESERVED_NAMESPACES =
            Set.of(VariableReference.PIPELINE_NAMESPACE, VariableReference.BUILT_IN_NAMESPACE);

    private ArtifactRules() {
    }

    static void check(ActionIndex index, List<Problem> problems) {
        checkOutputs(index, problems);
        checkNamespaces(index, problems);
        for (ActionAt consumer : index.all()) {
            checkInputs(index, consumer, problems);
        }
    }

    private static void checkOutputs(ActionIndex index, List<Problem> problems) {
        Map<String, ActionAt> firstProducer = new HashMap<>();
        for (ActionAt at : index.all()) {
            List<OutputArtifact> outputs = at.action().outputArtifacts();
            for (int i = 0; i < outputs.size(); i++) {
                String name = outputs.get(i).name();
                Location where = at.location().field("outputArtifacts").index(i).field("name");
                NameRule.ARTIFACT.check(name, "output artifact name", where).ifPresent(problems::add);
                ActionAt earlier = firstProducer.putIfAbsent(name, at);
                if (earlier != null) {
                    problems.add(Problem.error(where, "Output artifact '" + name + "' of " + at.describe()
                            + " is also produced by " + earlier.describe()
                            + "; output artifact names must be unique in the pipeline.", "rename one of them"));
                }
            }
        }
    }

    private static void checkNamespaces(ActionIndex index, List<Problem> problems) {
        Set<String> artifacts = new HashSet<>(index.outputArtifactNames());
        Map<String, ActionAt> firstOwner = new HashMap<>();
        for (ActionAt at : index.all()) {
            if (at.action().namespace().isEmpty()) {
                continue;
            }
            String namespace = at.action().namespace().get();
            Location where = at.location().field("namespace");
            NameRule.NAMESPACE.check(namespace, "namespace", where).ifPresent(problems::add);
            if (RESERVED_NAMESPACES.contains(namespace)) {
                problems.add(Problem.error(where, "The namespace of " + at.describe() + " is '" + namespace
                        + "', which is reserved for " + (namespace.equals(VariableReference.PIPELINE_NAMESPACE)
                        ? "pipeline variables" : "built-in variables") + ".", "choose another namespace"));
            }
            ActionAt earlier = firstOwner.putIfAbsent(namespace, at);
            if (earlier != null) {
                problems.add(Problem.error(where, "Namespace '" + namespace + "' of " + at.describe()
                        + " is already used by " + earlier.describe() + "; namespaces must be unique.",
                        "choose another namespace"));
            }
            if (artifacts.contains(namespace)) {
                problems.add(Problem.error(where, "Namespace '" + namespace + "' of " + at.describe()
                        + " is also the name of an artifact; namespaces must not collide with artifact names.",
                        "rename the namespace, e.g. '" + namespace + "Vars'"));
            }
        }
    }

    private static void checkInputs(ActionIndex index, ActionAt consumer, List<Problem> problems) {
        List<String> inputs = consumer.action().inputArtifacts();
        var seen = new HashSet<String>();
        for (int i = 0; i < inputs.size(); i++) {
            String name = inputs.get(i);
            Location where = consumer.location().field("inputArtifacts").index(i);
            if (!NameRule.ARTIFACT.matches(name)) {
                NameRule.ARTIFACT.check(name, "input artifact name", where).ifPresent(problems::add);
                continue;
            }
            if (!seen.add(name)) {
                problems.add(Problem.warning(where, "Input artifact '" + name + "' is listed twice for "
                        + consumer.describe() + ".", "remove the second one"));
                continue;
            }
            List<ActionAt> producers = index.producersOf(name);
            if (producers.isEmpty()) {
                Optional<String> close = ClosestName.among(name, index.outputArtifactNames());
                String fix = close.map(c -> "did you mean '" + c + "'?")
                        .orElse("add '" + name + "' to the output artifacts of an action that runs before '"
                                + consumer.action().name() + "'");
                Problem problem = Problem.error(where, "Input artifact '" + name + "' of " + consumer.describe()
                        + " is not produced by any action.", fix);
                problems.add(close.map(problem::withReplacement).orElse(problem));
            } else if (ActionIndex.visibleAmong(producers, consumer).isEmpty()) {
                ActionAt producer = producers.get(0);
                problems.add(Problem.error(where, "Input artifact '" + name + "' of " + consumer.describe()
                        + " is produced by " + producer.describe() + ", " + producer.whyNotBefore(consumer)
                        + "; an input must come from an action that has finished before.",
                        producer.howToRunBefore(consumer)));
            }
        }
    }
}
