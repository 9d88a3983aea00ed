package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action's artifacts edited one field at a time, as the inspector does: outputs added, renamed
 * (every input naming one follows), given file globs or removed, and inputs taken from the outputs
 * of actions that finish before this one starts. The same rules as the file's validation hold:
 * artifact names are letters, digits, - and _ (1 to 100), unique in the pipeline and not a
 * namespace, and an input must come from an earlier action.
 */
public final class ArtifactEdits {

    /** An artifact an action could take, and the action that makes it. */
    public record Offer(String artifact, ActionRef producer) {
    }

    private final ProviderCatalog catalog;

    public ArtifactEdits(ProviderCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    /** A new output named after the action ("BuildOutput", "BuildOutput2"); the selection is the action. */
    public EditResult addOutput(Pipeline pipeline, ActionRef ref) {
        Located at = Located.find(pipeline, ref);
        spec(at).filter(s -> at.action().outputArtifacts().size() >= s.outputArtifacts().max()).ifPresent(s -> {
            throw new IllegalArgumentException(s.displayName() + " gives at most " + s.outputArtifacts().max()
                    + " output artifact" + (s.outputArtifacts().max() == 1 ? "" : "s") + ".");
        });
        var taken = new HashSet<>(Located.outputArtifactNames(pipeline));
        taken.addAll(Located.namespaces(pipeline));
        String name = Names.unique(ref.action() + "Output", taken, NameRule.ARTIFACT, "Output");
        var outputs = new ArrayList<>(at.action().outputArtifacts());
        outputs.add(OutputArtifact.named(name));
        return new EditResult(Edits.mapAction(pipeline, ref, a -> a.withOutputArtifacts(outputs)), List.of(ref), List.of());
    }

    /** Renames an output; every action taking it follows. */
    public Pipeline renameOutput(Pipeline pipeline, ActionRef ref, String oldName, String newName) {
        requireOutput(pipeline, ref, oldName);
        return Renames.artifact(pipeline, oldName, newName);
    }

    /**
     * The file globs choosing what goes into the output, as typed: separated by commas or line
     * breaks; blank globs are left out, and none at all means the provider decides.
     */
    public Pipeline setOutputFiles(Pipeline pipeline, ActionRef ref, String output, String globs) {
        requireOutput(pipeline, ref, output);
        List<String> files = globs.lines().flatMap(l -> List.of(l.split(",")).stream()).map(String::strip)
                .filter(g -> !g.isEmpty()).toList();
        return Edits.mapAction(pipeline, ref, a -> a.withOutputArtifacts(a.outputArtifacts().stream()
                .map(o -> o.name().equals(output) ? new OutputArtifact(o.name(), files) : o).toList()));
    }

    /** Removes the output; actions that took it no longer do, and the notes say which. */
    public EditResult removeOutput(Pipeline pipeline, ActionRef ref, String output) {
        requireOutput(pipeline, ref, output);
        Pipeline p = Edits.mapAction(pipeline, ref, a -> a.withOutputArtifacts(
                a.outputArtifacts().stream().filter(o -> !o.name().equals(output)).toList()));
        var notes = new ArrayList<String>();
        if (Located.producersOf(p, output).isEmpty()) {
            for (Located consumer : Located.all(p)) {
                if (consumer.action().inputArtifacts().contains(output)) {
                    notes.add(consumer.describe() + " no longer takes '" + output + "'.");
                }
            }
            p = Edits.mapActions(p, a -> a.inputArtifacts().contains(output)
                    ? a.withInputArtifacts(a.inputArtifacts().stream().filter(i -> !i.equals(output)).toList()) : a);
        }
        return new EditResult(p, List.of(ref), notes);
    }

    /**
     * The outputs the action could take and does not yet: those of actions in earlier stages and of
     * actions earlier in its own stage (a lower runOrder), in pipeline order.
     */
    public List<Offer> offers(Pipeline pipeline, ActionRef ref) {
        Located consumer = Located.find(pipeline, ref);
        var offers = new ArrayList<Offer>();
        for (Located producer : Located.all(pipeline)) {
            if (!producer.runsBefore(consumer)) {
                continue;
            }
            for (OutputArtifact o : producer.action().outputArtifacts()) {
                if (!consumer.action().inputArtifacts().contains(o.name())) {
                    offers.add(new Offer(o.name(), producer.ref()));
                }
            }
        }
        return offers;
    }

    /** The action takes {@code artifact}, which an earlier action must make. */
    public Pipeline addInput(Pipeline pipeline, ActionRef ref, String artifact) {
        Located consumer = Located.find(pipeline, ref);
        if (consumer.action().inputArtifacts().contains(artifact)) {
            throw new IllegalArgumentException("'" + ref.action() + "' already takes '" + artifact + "'.");
        }
        if (offers(pipeline, ref).stream().noneMatch(o -> o.artifact().equals(artifact))) {
            throw new IllegalArgumentException("No action that finishes before '" + ref.action() + "' makes '"
                    + artifact + "'; an input must come from an earlier stage or an earlier group of its own.");
        }
        spec(consumer).filter(s -> consumer.action().inputArtifacts().size() >= s.inputArtifacts().max())
                .ifPresent(s -> {
                    throw new IllegalArgumentException(s.displayName() + " takes at most " + s.inputArtifacts().max()
                            + " input artifact" + (s.inputArtifacts().max() == 1 ? "" : "s") + ".");
                });
        var inputs = new ArrayList<>(consumer.action().inputArtifacts());
        inputs.add(artifact);
        return Edits.mapAction(pipeline, ref, a -> a.withInputArtifacts(inputs));
    }

    /** The action stops taking {@code artifact}; its maker keeps making it. */
    public Pipeline removeInput(Pipeline pipeline, ActionRef ref, String artifact) {
        return Links.disconnect(pipeline, artifact, ref);
    }

    private Optional<ProviderSpec> spec(Located at) {
        return catalog.find(at.action().category(), at.action().provider());
    }

    private static void requireOutput(Pipeline pipeline, ActionRef ref, String output) {
        if (Located.find(pipeline, ref).action().outputArtifacts().stream().noneMatch(o -> o.name().equals(output))) {
            throw new IllegalArgumentException("'" + ref.action() + "' makes no artifact named '" + output + "'.");
        }
    }
}
