package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Duplicating actions, and making copied names unique. */
final class Copies {

    private Copies() {
    }

    /**
     * A copy of each action beside it (same stage, same runOrder: in parallel), with a new name,
     * new output artifact names and a new namespace where the original had them, and the same inputs.
     */
    static EditResult duplicate(Pipeline pipeline, Collection<ActionRef> refs) {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("Nothing is selected to duplicate.");
        }
        Pipeline p = pipeline;
        var selection = new ArrayList<ActionRef>();
        for (ActionRef ref : refs) {
            Located at = Located.find(pipeline, ref);
            Action copy = renamedOutputs(takenNames(p), at.action(), new java.util.HashMap<>());
            EditResult placed = Placing.place(p, List.of(), List.of(new Placing.Arrival(copy, 1)),
                    new Placement.InGroup(ref.stage(), at.action().runOrder()), true);
            p = placed.pipeline();
            selection.addAll(placed.selection());
        }
        return new EditResult(p, selection, List.of());
    }

    /** Artifact names and namespaces in use: the two share one space of names. */
    static Set<String> takenNames(Pipeline pipeline) {
        Set<String> taken = new HashSet<>(Located.outputArtifactNames(pipeline));
        taken.addAll(Located.namespaces(pipeline));
        return taken;
    }

    /**
     * {@code action} with output artifacts and namespace renamed so they are not in {@code taken},
     * which receives the new names; artifact renames are added to {@code artifactRenames} (old to new).
     */
    static Action renamedOutputs(Set<String> taken, Action action, Map<String, String> artifactRenames) {
        List<OutputArtifact> outputs = new ArrayList<>();
        for (OutputArtifact o : action.outputArtifacts()) {
            String name = Names.unique(o.name(), taken, NameRule.ARTIFACT, "Output");
            taken.add(name);
            artifactRenames.put(o.name(), name);
            outputs.add(new OutputArtifact(name, o.files()));
        }
        Optional<String> namespace = action.namespace()
                .map(ns -> Names.unique(ns, taken, NameRule.NAMESPACE, "Variables"));
        namespace.ifPresent(taken::add);
        return action.withOutputArtifacts(outputs).withNamespace(namespace);
    }
}
