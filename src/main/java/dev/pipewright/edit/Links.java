package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Artifact links between actions: what may be connected, connecting, disconnecting. */
final class Links {

    private Links() {
    }

    static Optional<String> whyNot(Pipeline pipeline, ProviderCatalog catalog, ActionRef fromRef, ActionRef toRef) {
        Located from;
        Located to;
        try {
            from = Located.find(pipeline, fromRef);
            to = Located.find(pipeline, toRef);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (fromRef.equals(toRef)) {
            return Optional.of("An action cannot take its own output.");
        }
        if (to.stageIndex() < from.stageIndex()) {
            return Optional.of(to.describe() + " runs before " + from.describe()
                    + ", so it cannot take its output; move it to a later stage first.");
        }
        if (from.action().outputArtifacts().stream().map(OutputArtifact::name)
                .anyMatch(to.action().inputArtifacts()::contains)) {
            return Optional.of("'" + to.action().name() + "' already takes the output of '"
                    + from.action().name() + "'.");
        }
        Optional<ProviderSpec> fromSpec = catalog.find(from.action().category(), from.action().provider());
        if (fromSpec.isPresent() && from.action().outputArtifacts().isEmpty()
                && fromSpec.get().outputArtifacts().max() == 0) {
            return Optional.of(fromSpec.get().displayName() + " actions such as '" + from.action().name()
                    + "' give no output artifacts.");
        }
        Optional<ProviderSpec> toSpec = catalog.find(to.action().category(), to.action().provider());
        if (toSpec.isPresent() && to.action().inputArtifacts().size() >= toSpec.get().inputArtifacts().max()) {
            int max = toSpec.get().inputArtifacts().max();
            return Optional.of(max == 0
                    ? toSpec.get().displayName() + " actions such as '" + to.action().name() + "' take no input artifacts."
                    : "'" + to.action().name() + "' already takes " + max + " input artifact" + (max == 1 ? "" : "s")
                    + ", as many as " + toSpec.get().displayName() + " allows.");
        }
        if (from.stageIndex() == to.stageIndex() && !from.runsBefore(to) && dependsOn(pipeline, from, to)) {
            return Optional.of("'" + from.action().name() + "' already needs what '" + to.action().name()
                    + "' makes; connecting them would make a loop.");
        }
        return Optional.empty();
    }

    static EditResult connect(Pipeline pipeline, ProviderCatalog catalog, ActionRef fromRef, ActionRef toRef) {
        whyNot(pipeline, catalog, fromRef, toRef).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Located from = Located.find(pipeline, fromRef);
        String artifact;
        Pipeline p = pipeline;
        if (from.action().outputArtifacts().isEmpty()) {
            var taken = new HashSet<>(Located.outputArtifactNames(p));
            taken.addAll(Located.namespaces(p));
            artifact = Names.unique(from.action().name() + "Output", taken, NameRule.ARTIFACT, "Output");
            p = Edits.mapAction(p, fromRef, a -> a.withOutputArtifacts(List.of(OutputArtifact.named(artifact))));
        } else {
            artifact = from.action().outputArtifacts().get(0).name();
        }
        p = Edits.mapAction(p, toRef, a -> a.withInputArtifacts(append(a.inputArtifacts(), artifact)));
        Located to = Located.find(p, toRef);
        if (to.stageIndex() == from.stageIndex() && !from.runsBefore(to)) {
            List<Integer> groups = List.copyOf(from.stage().runOrders());
            var after = new Placement.NewGroup(from.stage().name(), groups.indexOf(from.action().runOrder()) + 1);
            EditResult moved = Placing.place(p, List.of(toRef), List.of(new Placing.Arrival(to.action(), 1)), after, false);
            return new EditResult(moved.pipeline(), moved.selection(), lostLinks(pipeline, moved.pipeline()));
        }
        return new EditResult(p, List.of(toRef), List.of());
    }

    static Pipeline disconnect(Pipeline pipeline, String artifact, ActionRef consumer) {
        Located at = Located.find(pipeline, consumer);
        if (!at.action().inputArtifacts().contains(artifact)) {
            throw new IllegalArgumentException("'" + consumer.action() + "' does not take '" + artifact + "'.");
        }
        return Edits.mapAction(pipeline, consumer, a -> a.withInputArtifacts(
                a.inputArtifacts().stream().filter(i -> !i.equals(artifact)).toList()));
    }

    /**
     * Inputs that had an earlier producer before the edit and have none after it, in words: an
     * edit that reorders actions reports what it broke instead of breaking it silently.
     */
    static List<String> lostLinks(Pipeline before, Pipeline after) {
        Set<String> unmetBefore = new HashSet<>(unmet(before));
        var notes = new ArrayList<String>();
        for (Located consumer : Located.all(after)) {
            for (String input : consumer.action().inputArtifacts()) {
                String key = consumer.action().name() + "\u0000" + input;
                boolean met = Located.producersOf(after, input).stream().anyMatch(p -> p.runsBefore(consumer));
                if (!met && !unmetBefore.contains(key)) {
                    notes.add(consumer.describe() + " now runs before or beside the action that makes '"
                            + input + "', so it cannot take it.");
                }
            }
        }
        return notes;
    }

    private static List<String> unmet(Pipeline pipeline) {
        var keys = new ArrayList<String>();
        for (Located consumer : Located.all(pipeline)) {
            for (String input : consumer.action().inputArtifacts()) {
                if (Located.producersOf(pipeline, input).stream().noneMatch(p -> p.runsBefore(consumer))) {
                    keys.add(consumer.action().name() + "\u0000" + input);
                }
            }
        }
        return keys;
    }

    /** Whether {@code action} takes, directly or through others, an artifact {@code source} makes. */
    private static boolean dependsOn(Pipeline pipeline, Located action, Located source) {
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<Action>(List.of(action.action()));
        Set<String> made = new LinkedHashSet<>();
        source.action().outputArtifacts().forEach(o -> made.add(o.name()));
        while (!queue.isEmpty()) {
            Action next = queue.poll();
            for (String input : next.inputArtifacts()) {
                if (made.contains(input)) {
                    return true;
                }
                if (seen.add(input)) {
                    Located.producersOf(pipeline, input).forEach(p -> queue.add(p.action()));
                }
            }
        }
        return false;
    }

    private static List<String> append(List<String> list, String item) {
        var copy = new ArrayList<>(list);
        if (!copy.contains(item)) {
            copy.add(item);
        }
        return copy;
    }
}
