package dev.pipewright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every action of a pipeline with its place, and who produces which artifact and namespace. The
 * producers and owners are looked up in maps built in one pass, so validating a pipeline of N
 * actions costs N, not N × N (each input used to scan every action).
 */
final class ActionIndex {

    private final List<ActionAt> actions = new ArrayList<>();
    /** In pipeline order, as the scans gave them, so messages name the same producer as before. */
    private final Map<String, List<ActionAt>> producers = new LinkedHashMap<>();
    private final Map<String, List<ActionAt>> owners = new LinkedHashMap<>();

    ActionIndex(Pipeline pipeline) {
        for (int s = 0; s < pipeline.stages().size(); s++) {
            Stage stage = pipeline.stages().get(s);
            for (int a = 0; a < stage.actions().size(); a++) {
                ActionAt at = new ActionAt(s, a, stage, stage.actions().get(a));
                actions.add(at);
                for (OutputArtifact output : at.action().outputArtifacts()) {
                    List<ActionAt> of = producers.computeIfAbsent(output.name(), n -> new ArrayList<>());
                    if (of.isEmpty() || of.get(of.size() - 1) != at) { // an action naming one output twice counts once
                        of.add(at);
                    }
                }
                at.action().namespace().ifPresent(n -> owners.computeIfAbsent(n, k -> new ArrayList<>()).add(at));
            }
        }
    }

    List<ActionAt> all() {
        return actions;
    }

    List<ActionAt> producersOf(String artifactName) {
        return List.copyOf(producers.getOrDefault(artifactName, List.of()));
    }

    List<ActionAt> ownersOf(String namespace) {
        return List.copyOf(owners.getOrDefault(namespace, List.of()));
    }

    List<String> outputArtifactNames() {
        return List.copyOf(producers.keySet());
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
