package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every gesture of the designer as a pure function from a pipeline to a new one. An edit that
 * cannot be made throws {@link IllegalArgumentException} with a message to show as it is, and
 * leaves nothing changed; {@code can...} methods give the same reason beforehand, for the window
 * to show a drop as forbidden. Edits that create or move actions return an {@link EditResult}
 * naming them, with notes about links they had to change.
 *
 * <p>Every stage an edit touches has its runOrders renumbered 1..n; other stages are left as written.
 */
public final class PipelineEdits {

    private final ProviderCatalog catalog;

    public PipelineEdits(ProviderCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    // --- stages ---------------------------------------------------------------------------

    /** An empty stage at {@code index}, named "Stage" + its number, made unique ("Stage3", "Stage4"). */
    public Pipeline addStage(Pipeline pipeline, int index) {
        if (index < 0 || index > pipeline.stages().size()) {
            throw new IllegalArgumentException("There is no place for a stage at position " + index + ".");
        }
        var names = pipeline.stages().stream().map(Stage::name).toList();
        String name = Names.unique("Stage" + (index + 1), names, NameRule.NAME, "Stage");
        var stages = new ArrayList<>(pipeline.stages());
        stages.add(index, Stage.of(name));
        return pipeline.withStages(stages);
    }

    /**
     * Moves the stage into the gap {@code gap} of the current list (0 = before the first, the
     * stage count = after the last), as the window shows the drop line.
     */
    public EditResult moveStage(Pipeline pipeline, String stage, int gap) {
        int from = pipeline.stageIndex(stage);
        if (from < 0) {
            throw new IllegalArgumentException("There is no stage '" + stage + "'.");
        }
        if (gap < 0 || gap > pipeline.stages().size()) {
            throw new IllegalArgumentException("There is no place for a stage at position " + gap + ".");
        }
        var stages = new ArrayList<>(pipeline.stages());
        Stage moving = stages.remove(from);
        stages.add(gap > from ? gap - 1 : gap, moving);
        Pipeline moved = pipeline.withStages(stages);
        return new EditResult(moved, List.of(), Links.lostLinks(pipeline, moved));
    }

    public Pipeline renameStage(Pipeline pipeline, String oldName, String newName) {
        return Renames.stage(pipeline, oldName, newName);
    }

    /** Deletes the stage and its actions; see {@link #deleteActions} for what happens to links. */
    public EditResult deleteStage(Pipeline pipeline, String stage) {
        return Removal.stage(pipeline, stage);
    }

    // --- actions --------------------------------------------------------------------------

    /**
     * A new action of the provider at {@code where}, named after the provider and unique in the
     * pipeline ("Shell", "Shell2"). Its configuration holds the provider's required settings that
     * have a default; a required setting without one is left out, so that the problems panel and
     * the inspector ask for it rather than the pipeline running a made-up value. When the provider
     * needs output artifacts, it gets them ("ShellOutput"). A new stage is named after the category.
     */
    public EditResult addAction(Pipeline pipeline, ActionCategory category, String providerId, Placement where) {
        ProviderSpec spec = catalog.find(category, providerId).orElseThrow(() -> new IllegalArgumentException(
                "There is no " + category + " provider '" + providerId + "'."));
        String name = Names.unique(spec.id(), Located.actionNames(pipeline), NameRule.NAME, "Action");
        var config = new TreeMap<String, ConfigValue>();
        for (SettingSpec setting : spec.settings()) {
            if (setting.required()) {
                setting.defaultValue().ifPresent(v -> config.put(setting.key(), v));
            }
        }
        var taken = new HashSet<>(Located.outputArtifactNames(pipeline));
        taken.addAll(Located.namespaces(pipeline));
        var outputs = new ArrayList<OutputArtifact>();
        for (int i = 0; i < spec.outputArtifacts().min(); i++) {
            String artifact = Names.unique(name + "Output", taken, NameRule.ARTIFACT, "Output");
            taken.add(artifact);
            outputs.add(OutputArtifact.named(artifact));
        }
        Action action = Action.of(name, category, spec.id()).withConfiguration(config).withOutputArtifacts(outputs);
        return Placing.place(pipeline, List.of(), List.of(new Placing.Arrival(action, 1)), where, true);
    }

    /**
     * Moves actions to {@code where}, read against the pipeline as shown before the move. They
     * keep their order among themselves: those that ran one after another still do (in a new
     * stage or as new groups), except into an existing group, where they all run in parallel. A
     * moved action keeps its name unless the target stage has one like it ("Shell2"). A stage
     * left without actions by the move is removed (CodePipeline requires one); undo restores it.
     * Inputs the move puts out of reach are listed in the notes.
     */
    public EditResult moveActions(Pipeline pipeline, Collection<ActionRef> refs, Placement where) {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("Nothing is selected to move.");
        }
        List<Located> moving = refs.stream().distinct().map(r -> Located.find(pipeline, r))
                .sorted(Comparator.comparingInt(Located::stageIndex).thenComparingInt(l -> l.action().runOrder()))
                .toList();
        var arrivals = new ArrayList<Placing.Arrival>();
        int rank = 0;
        Located previous = null;
        for (Located l : moving) {
            if (previous == null || previous.stageIndex() != l.stageIndex()
                    || previous.action().runOrder() != l.action().runOrder()) {
                rank++;
            }
            arrivals.add(new Placing.Arrival(l.action(), rank));
            previous = l;
        }
        EditResult placed = Placing.place(pipeline, moving.stream().map(Located::ref).toList(), arrivals, where, false);
        return placed.withNotes(Links.lostLinks(pipeline, placed.pipeline()));
    }

    /** Copies beside the originals (in parallel), with unique names, artifacts and namespaces. */
    public EditResult duplicate(Pipeline pipeline, Collection<ActionRef> refs) {
        return Copies.duplicate(pipeline, refs);
    }

    /**
     * Deletes actions. An input whose only producer is deleted is removed from its consumer, and
     * a trigger on a deleted action is removed; the notes say which. A stage whose last action is
     * deleted stays, empty, as a place for the next one.
     */
    public EditResult deleteActions(Pipeline pipeline, Collection<ActionRef> refs) {
        return Removal.actions(pipeline, refs);
    }

    /** A trigger naming the action follows the new name. */
    public Pipeline renameAction(Pipeline pipeline, ActionRef ref, String newName) {
        return Renames.action(pipeline, ref, newName);
    }

    /** Sets the runOrder, then renumbers the stage's groups 1..n (5 after groups 1 and 2 becomes 3). */
    public EditResult setRunOrder(Pipeline pipeline, ActionRef ref, int runOrder) {
        if (runOrder < Action.MIN_RUN_ORDER || runOrder > Action.MAX_RUN_ORDER) {
            throw new IllegalArgumentException("The runOrder must be from " + Action.MIN_RUN_ORDER + " to "
                    + Action.MAX_RUN_ORDER + ".");
        }
        Located at = Located.find(pipeline, ref);
        Pipeline p = Edits.mapAction(pipeline, ref, a -> a.withRunOrder(runOrder));
        p = p.withStage(at.stageIndex(), Placing.compact(p.stages().get(at.stageIndex())));
        return new EditResult(p, List.of(ref), Links.lostLinks(pipeline, p));
    }

    /** Sets, renames or clears the namespace; a rename rewrites {@code #{Old.X}} everywhere. */
    public Pipeline setNamespace(Pipeline pipeline, ActionRef ref, Optional<String> namespace) {
        return Renames.namespace(pipeline, ref, namespace);
    }

    /** Sets or clears (empty: the provider's default) the timeout in minutes. */
    public Pipeline setTimeout(Pipeline pipeline, ActionRef ref, Optional<BigDecimal> minutes) {
        minutes.ifPresent(m -> {
            if (m.signum() <= 0) {
                throw new IllegalArgumentException("The timeout must be more than 0 minutes.");
            }
        });
        return Edits.mapAction(pipeline, ref, a -> a.withTimeoutInMinutes(minutes));
    }

    public Pipeline setSetting(Pipeline pipeline, ActionRef ref, String key, ConfigValue value) {
        Objects.requireNonNull(value, "use removeSetting to remove a setting");
        return Edits.mapAction(pipeline, ref, a -> a.withSetting(key, value));
    }

    public Pipeline removeSetting(Pipeline pipeline, ActionRef ref, String key) {
        return Edits.mapAction(pipeline, ref, a -> a.withSetting(key, null));
    }

    // --- artifacts ------------------------------------------------------------------------

    /** Why {@code to} cannot take the output of {@code from}, or empty when it can. */
    public Optional<String> canConnect(Pipeline pipeline, ActionRef from, ActionRef to) {
        return Links.whyNot(pipeline, catalog, from, to);
    }

    /**
     * Makes {@code to} take {@code from}'s first output artifact (creating "FromOutput" if it has
     * none) and run after it: in the same stage, {@code to} moves to a new group right after
     * {@code from}'s. The selection is {@code to}.
     */
    public EditResult connect(Pipeline pipeline, ActionRef from, ActionRef to) {
        return Links.connect(pipeline, catalog, from, to);
    }

    /** {@code consumer} no longer takes {@code artifact}; the producer keeps making it. */
    public Pipeline disconnect(Pipeline pipeline, String artifact, ActionRef consumer) {
        return Links.disconnect(pipeline, artifact, consumer);
    }

    /** Renames an output artifact; every input naming it follows. */
    public Pipeline renameArtifact(Pipeline pipeline, String oldName, String newName) {
        return Renames.artifact(pipeline, oldName, newName);
    }

    // --- the pipeline ---------------------------------------------------------------------

    public Pipeline setName(Pipeline pipeline, String name) {
        Names.require(name, NameRule.NAME, "pipeline name");
        return pipeline.withName(name);
    }

    public Pipeline setDescription(Pipeline pipeline, Optional<String> description) {
        return Edits.withDescription(pipeline, description.filter(d -> !d.isBlank()));
    }

    public Pipeline setExecutionMode(Pipeline pipeline, ExecutionMode mode) {
        return pipeline.withExecutionMode(Objects.requireNonNull(mode));
    }

    /** Replaces the pipeline variables; names must be valid and distinct. */
    public Pipeline setVariables(Pipeline pipeline, List<PipelineVariable> variables) {
        var seen = new HashSet<String>();
        for (PipelineVariable v : variables) {
            Names.require(v.name(), NameRule.VARIABLE, "variable name");
            if (!seen.add(v.name())) {
                throw new IllegalArgumentException("There are two variables named '" + v.name() + "'.");
            }
        }
        return pipeline.withVariables(variables);
    }

    /** The catalog the edits read providers from. */
    public ProviderCatalog catalog() {
        return catalog;
    }
}
