package dev.pipewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every action of a pipeline with its place, and who produces which artifact and namespace. */
final class ActionIndex {

    private final List<ActionAt> actions = new ArrayList<>();

    ActionIndex(Pipeline pipeline) {
        for (int s = 0; s < pipeline.stages().size(); s++) {
            Stage stage = pipeline.stages().get(s);
            for (int a = 0; a < stage.actions().size(); a++) {
                actions.add(new ActionAt(s, a, stage, stage.actions().get(a)));
            }
        }
    }

    List<ActionAt> all() {
        return actions;
    }

    List<ActionAt> producersOf(String artifactName) {
        return actions.stream()
                .filter(at -> at.action().outputArtifacts().stream().anyMatch(o -> o.name().equals(artifactName)))
                .toList();
    }

    List<ActionAt> ownersOf(String namespace) {
        return actions.stream().filter(at -> at.action().namespace().filter(namespace::equals).isPresent()).toList();
    }

    List<String> outputArtifactNames() {
        return actions.stream().flatMap(at -> at.action().outputArtifacts().stream()).map(OutputArtifact::name)
                .distinct().toList();
    }

    /** Namespaces of the actions that run before {@code consumer}: the ones it may refer to. */
    List<String> namespacesVisibleTo(ActionAt consumer) {
        return actions.stream().filter(at -> at.runsBefore(consumer))
                .flatMap(at -> at.action().namespace().stream()).distinct().toList();
    }

    /** Of several producers, the one that explains the problem best: one that runs before, if any. */
    static Optional<ActionAt> visibleAmong(List<ActionAt> producers, ActionAt consumer) {
        return producers.stream().filter(p -> p.runsBefore(consumer)).findFirst();
    }
}
