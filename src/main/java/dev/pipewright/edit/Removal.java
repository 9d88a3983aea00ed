package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deleting actions and stages. An input whose only producer is deleted is removed from its
 * consumer (a link to nothing cannot be fixed by anything but a new connection, which the user
 * makes by dragging anyway), and a trigger on a deleted action is removed; both are reported in
 * the result's notes. A stage whose last action is deleted stays, empty, as a place to drop the
 * next action; the problems panel says it needs one. {@code #{Namespace.X}} references to a
 * deleted action's namespace are kept for the problems panel: text the user wrote is not changed.
 */
final class Removal {

    private Removal() {
    }

    static EditResult actions(Pipeline pipeline, Collection<ActionRef> refs) {
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("Nothing is selected to delete.");
        }
        Set<ActionRef> gone = new HashSet<>();
        for (ActionRef ref : refs) {
            gone.add(Located.find(pipeline, ref).ref());
        }
        List<Stage> stages = pipeline.stages().stream().map(s -> s.withActions(s.actions().stream()
                .filter(a -> !gone.contains(new ActionRef(s.name(), a.name()))).toList())).toList();
        Set<String> touched = new HashSet<>();
        gone.forEach(r -> touched.add(r.stage()));
        stages = stages.stream().map(s -> touched.contains(s.name()) ? Placing.compact(s) : s).toList();
        return cleanUp(pipeline, pipeline.withStages(stages));
    }

    static EditResult stage(Pipeline pipeline, String stageName) {
        int index = pipeline.stageIndex(stageName);
        if (index < 0) {
            throw new IllegalArgumentException("There is no stage '" + stageName + "'.");
        }
        var stages = new ArrayList<>(pipeline.stages());
        stages.remove(index);
        return cleanUp(pipeline, pipeline.withStages(stages));
    }

    /** Removes links to artifacts nobody makes any more, and triggers on actions that are gone. */
    private static EditResult cleanUp(Pipeline before, Pipeline after) {
        Set<String> lost = new HashSet<>(Located.outputArtifactNames(before));
        lost.removeAll(Located.outputArtifactNames(after));
        var notes = new ArrayList<String>();
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : after.stages()) {
            List<Action> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                List<String> kept = action.inputArtifacts().stream().filter(i -> !lost.contains(i)).toList();
                for (String input : action.inputArtifacts()) {
                    if (lost.contains(input)) {
                        notes.add("'" + action.name() + "' in stage '" + stage.name() + "' no longer takes '"
                                + input + "', whose action was deleted.");
                    }
                }
                actions.add(kept.size() == action.inputArtifacts().size() ? action : action.withInputArtifacts(kept));
            }
            stages.add(stage.withActions(actions));
        }
        Set<String> names = new HashSet<>(Located.actionNames(after));
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger trigger : after.triggers()) {
            if (names.contains(trigger.sourceActionName())) {
                triggers.add(trigger);
            } else {
                notes.add("The trigger on '" + trigger.sourceActionName() + "' was removed with its action.");
            }
        }
        Pipeline cleaned = Edits.withTriggers(after.withStages(stages), triggers);
        return new EditResult(cleaned, List.of(), notes);
    }
}
