package dev.pipewright.model;

import java.util.HashSet;
import java.util.List;

/** Triggers watch a Source action of the first stage, one trigger per source action. */
final class TriggerRules {

    private TriggerRules() {
    }

    static void check(Pipeline pipeline, List<Problem> problems) {
        List<Action> firstStage = pipeline.stages().isEmpty() ? List.of() : pipeline.stages().get(0).actions();
        List<String> sources = firstStage.stream().filter(a -> a.category() == ActionCategory.SOURCE)
                .map(Action::name).toList();
        var watched = new HashSet<String>();
        for (int i = 0; i < pipeline.triggers().size(); i++) {
            String name = pipeline.triggers().get(i).sourceActionName();
            Location where = Location.root().field("triggers").index(i).field("gitConfiguration")
                    .field("sourceActionName");
            if (!sources.contains(name)) {
                String known = sources.isEmpty() ? "the first stage has no Source actions"
                        : "the Source actions of the first stage are " + String.join(", ", sources);
                boolean exists = firstStage.stream().anyMatch(a -> a.name().equals(name));
                String message = exists
                        ? "Trigger " + (i + 1) + " watches action '" + name + "', which is not a Source action; " + known + "."
                        : "Trigger " + (i + 1) + " watches action '" + name
                        + "', but there is no such action in the first stage; " + known + ".";
                String fix = ClosestName.among(name, sources).map(s -> "did you mean '" + s + "'?")
                        .orElse(sources.isEmpty() ? "add a Source action to the first stage, or remove the trigger"
                                : "use one of " + String.join(", ", sources));
                problems.add(Problem.error(where, message, fix));
            } else if (!watched.add(name)) {
                problems.add(Problem.error(where, "Source action '" + name + "' has two triggers; only one trigger "
                        + "per source action is allowed.", "merge their push filters into one trigger"));
            }
        }
    }
}
