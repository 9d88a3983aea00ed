package dev.pipewright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between the pipeline an execution ran and the pipeline as it is now, in the part a
 * retry of a stage would run again (that stage and the ones after it). A retry runs the execution's
 * own copy, as CodePipeline's does, so a person who edits the pipeline after a failure and presses
 * Retry must hear that their edit is not what runs: this names each difference in their words.
 */
public record ChangesSince(List<String> changes) {

    public ChangesSince {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The differences from {@code fromStage} on between {@code ran} and {@code now}. */
    public static ChangesSince of(Pipeline ran, Pipeline now, String fromStage) {
        List<String> changes = new ArrayList<>();
        if (!ran.variables().equals(now.variables())) {
            changes.add("the pipeline's variables changed");
        }
        int from = indexOf(ran, fromStage);
        if (from < 0) {
            return new ChangesSince(changes);
        }
        Map<String, Stage> nowStages = new LinkedHashMap<>();
        now.stages().forEach(stage -> nowStages.put(stage.name(), stage));
        for (Stage stage : ran.stages().subList(from, ran.stages().size())) {
            Stage current = nowStages.get(stage.name());
            if (current == null) {
                changes.add("stage '" + stage.name() + "' was removed or renamed");
            } else if (!current.equals(stage)) {
                changes.addAll(actionChanges(stage, current));
            }
        }
        int nowFrom = Math.max(0, indexOf(now, fromStage));
        for (Stage added : now.stages().subList(nowFrom, now.stages().size())) {
            if (indexOf(ran, added.name()) < 0) {
                changes.add("stage '" + added.name() + "' was added");
            }
        }
        return new ChangesSince(changes);
    }

    private static List<String> actionChanges(Stage ran, Stage now) {
        List<String> changes = new ArrayList<>();
        for (Action action : ran.actions()) {
            Optional<Action> current = now.actions().stream().filter(a -> a.name().equals(action.name())).findFirst();
            String where = "'" + ran.name() + "/" + action.name() + "'";
            if (current.isEmpty()) {
                changes.add("action " + where + " was removed or renamed");
            } else if (!current.get().equals(action)) {
                changes.add("action " + where + " changed");
            }
        }
        for (Action action : now.actions()) {
            if (ran.actions().stream().noneMatch(a -> a.name().equals(action.name()))) {
                changes.add("action '" + now.name() + "/" + action.name() + "' was added");
            }
        }
        if (changes.isEmpty()) {
            changes.add("stage '" + ran.name() + "' changed");
        }
        return changes;
    }

    private static int indexOf(Pipeline pipeline, String stage) {
        for (int i = 0; i < pipeline.stages().size(); i++) {
            if (pipeline.stages().get(i).name().equals(stage)) {
                return i;
            }
        }
        return -1;
    }

    /** One sentence for a status line or a terminal: the differences, the first few named. */
    public String sentence() {
        int shown = Math.min(3, changes.size());
        String named = String.join("; ", changes.subList(0, shown));
        return changes.size() > shown ? named + "; and " + (changes.size() - shown) + " more" : named;
    }
}
