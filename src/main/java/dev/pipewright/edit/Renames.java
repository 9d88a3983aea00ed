package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Trigger;
import dev.pipewright.model.VariableReference;
import java.util.Optional;
import java.util.TreeMap;

/** New names for stages, actions, artifacts and namespaces, with every reference to them following. */
final class Renames {

    private Renames() {
    }

    static Pipeline stage(Pipeline pipeline, String oldName, String newName) {
        int index = pipeline.stageIndex(oldName);
        if (index < 0) {
            throw new IllegalArgumentException("There is no stage '" + oldName + "'.");
        }
        if (oldName.equals(newName)) {
            return pipeline;
        }
        Names.require(newName, NameRule.NAME, "stage name");
        if (pipeline.stageIndex(newName) >= 0) {
            throw new IllegalArgumentException("There is already a stage named '" + newName + "'.");
        }
        return pipeline.withStage(index, pipeline.stages().get(index).withName(newName));
    }

    /** The action's new name; a trigger naming the action follows it. */
    static Pipeline action(Pipeline pipeline, ActionRef ref, String newName) {
        Located at = Located.find(pipeline, ref);
        if (ref.action().equals(newName)) {
            return pipeline;
        }
        Names.require(newName, NameRule.NAME, "action name");
        if (at.stage().action(newName).isPresent()) {
            throw new IllegalArgumentException("Stage '" + ref.stage() + "' already has an action named '"
                    + newName + "'.");
        }
        Pipeline renamed = Edits.mapAction(pipeline, ref, a -> a.withName(newName));
        boolean stillThere = Located.actionNames(renamed).contains(ref.action());
        if (stillThere) {
            return renamed;
        }
        return Edits.withTriggers(renamed, renamed.triggers().stream()
                .map(t -> t.sourceActionName().equals(ref.action()) ? new Trigger(newName, t.push()) : t).toList());
    }

    /** Renames an output artifact; every action taking it as input follows. */
    static Pipeline artifact(Pipeline pipeline, String oldName, String newName) {
        if (Located.producersOf(pipeline, oldName).isEmpty()) {
            throw new IllegalArgumentException("No action makes an artifact named '" + oldName + "'.");
        }
        if (oldName.equals(newName)) {
            return pipeline;
        }
        Names.require(newName, NameRule.ARTIFACT, "artifact name");
        if (Located.outputArtifactNames(pipeline).contains(newName)) {
            throw new IllegalArgumentException("There is already an artifact named '" + newName + "'.");
        }
        if (Located.namespaces(pipeline).contains(newName)) {
            throw new IllegalArgumentException("'" + newName + "' is already a namespace; artifacts and "
                    + "namespaces need different names.");
        }
        return Edits.mapActions(pipeline, a -> a
                .withOutputArtifacts(a.outputArtifacts().stream()
                        .map(o -> o.name().equals(oldName) ? new OutputArtifact(newName, o.files()) : o).toList())
                .withInputArtifacts(a.inputArtifacts().stream().map(i -> i.equals(oldName) ? newName : i).toList()));
    }

    /**
     * Sets or clears the action's namespace. Renaming one rewrites {@code #{Old.X}} to
     * {@code #{New.X}} in every configuration value; clearing one leaves its references for the
     * problems panel to show, since there is nothing they could point to instead.
     */
    static Pipeline namespace(Pipeline pipeline, ActionRef ref, Optional<String> newNamespace) {
        Located at = Located.find(pipeline, ref);
        Optional<String> old = at.action().namespace();
        if (old.equals(newNamespace)) {
            return pipeline;
        }
        if (newNamespace.isPresent()) {
            String ns = newNamespace.get();
            Names.require(ns, NameRule.NAMESPACE, "namespace");
            if (ns.equals(VariableReference.PIPELINE_NAMESPACE) || ns.equals(VariableReference.BUILT_IN_NAMESPACE)) {
                throw new IllegalArgumentException("The namespace '" + ns + "' is reserved; choose another.");
            }
            if (Located.namespaces(pipeline).contains(ns)) {
                throw new IllegalArgumentException("Another action already uses the namespace '" + ns + "'.");
            }
            if (Located.outputArtifactNames(pipeline).contains(ns)) {
                throw new IllegalArgumentException("'" + ns + "' is already an artifact name; artifacts and "
                        + "namespaces need different names.");
            }
        }
        Pipeline p = Edits.mapAction(pipeline, ref, a -> a.withNamespace(newNamespace));
        if (old.isEmpty() || newNamespace.isEmpty()) {
            return p;
        }
        return rewriteReferences(p, old.get(), newNamespace.get());
    }

    static Pipeline rewriteReferences(Pipeline pipeline, String oldNamespace, String newNamespace) {
        return Edits.mapActions(pipeline, a -> rewriteReferences(a, oldNamespace, newNamespace));
    }

    /** {@code #{Old.X}} becomes {@code #{New.X}} in every configuration value of the action. */
    static Action rewriteReferences(Action action, String oldNamespace, String newNamespace) {
        var config = new TreeMap<>(action.configuration());
        config.replaceAll((k, v) -> VariableReference.substitute(v, r -> r.namespace().equals(oldNamespace)
                ? Optional.of(new VariableReference(newNamespace, r.name()).toString()) : Optional.empty()));
        return config.equals(action.configuration()) ? action : action.withConfiguration(config);
    }
}
