package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts actions at a {@link Placement}, taking others away in the same step (a move is both), and
 * renumbers the runOrders of every stage it touched to 1..n. Placements are read against the
 * pipeline as the window showed it, before anything was taken away.
 *
 * <p>A stage that loses its last action here is removed, because CodePipeline requires at least
 * one action per stage and a move leaves nothing behind to edit; undo brings it back. Stages that
 * were already empty are left alone.
 */
final class Placing {

    /** An action arriving; arrivals of the same rank run in parallel, lower ranks first. */
    record Arrival(Action action, int rank) {
    }

    private record Keyed(Action action, double key) {
    }

    private static final class Slot {
        final Stage original;
        String name;
        final List<Keyed> entries = new ArrayList<>();
        boolean touched;
        final boolean isNew;

        Slot(Stage original, boolean isNew) {
            this.original = original;
            this.name = original.name();
            this.isNew = isNew;
        }
    }

    private Placing() {
    }

    /**
     * @param pipelineWideNames whether arriving names must be unique in the whole pipeline (new
     *                          actions), or only in their stage (moved ones keep their names if they can)
     */
    static EditResult place(Pipeline pipeline, Collection<ActionRef> leaving, List<Arrival> arrivals,
                            Placement where, boolean pipelineWideNames) {
        if (arrivals.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to place.");
        }
        leaving.forEach(ref -> Located.find(pipeline, ref));
        Set<ActionRef> gone = new HashSet<>(leaving);
        List<Slot> slots = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            var slot = new Slot(stage, false);
            List<Integer> groups = List.copyOf(stage.runOrders());
            for (Action action : stage.actions()) {
                if (gone.contains(new ActionRef(stage.name(), action.name()))) {
                    slot.touched = true;
                } else {
                    slot.entries.add(new Keyed(action, groups.indexOf(action.runOrder())));
                }
            }
            slots.add(slot);
        }
        Slot target = target(pipeline, slots, arrivals, where);
        Set<String> taken = new HashSet<>();
        target.entries.forEach(k -> taken.add(k.action().name()));
        if (pipelineWideNames) {
            slots.forEach(s -> s.entries.forEach(k -> taken.add(k.action().name())));
        }
        int maxRank = arrivals.stream().mapToInt(Arrival::rank).max().orElse(1);
        double[] keys = keysFor(pipeline, where, arrivals, maxRank);
        Map<String, String> renamed = new HashMap<>();
        List<String> arrivedNames = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Action action = arrivals.get(i).action();
            String name = Names.unique(action.name(), taken, NameRule.NAME, "Action");
            taken.add(name);
            if (!name.equals(action.name())) {
                renamed.put(action.name(), name);
            }
            arrivedNames.add(name);
            target.entries.add(new Keyed(action.withName(name), keys[i]));
        }
        target.touched = true;
        List<Stage> stages = new ArrayList<>();
        for (Slot slot : slots) {
            if (!slot.touched) {
                stages.add(slot.original);
            } else if (!slot.entries.isEmpty() || slot.isNew || slot.original.actions().isEmpty()) {
                stages.add(slot.original.withName(slot.name).withActions(compact(slot.entries)));
            }
        }
        List<ActionRef> selection = arrivedNames.stream().map(n -> new ActionRef(target.name, n)).toList();
        Pipeline placed = pipeline.withStages(stages);
        return new EditResult(followRenames(placed, renamed), selection, List.of());
    }

    private static Slot target(Pipeline pipeline, List<Slot> slots, List<Arrival> arrivals, Placement where) {
        if (where instanceof Placement.NewStage n) {
            if (n.index() < 0 || n.index() > pipeline.stages().size()) {
                throw new IllegalArgumentException("There is no place for a stage at position " + n.index()
                        + "; the pipeline has " + pipeline.stages().size() + " stages.");
            }
            String base = arrivals.get(0).action().category().displayName();
            String name = Names.unique(base, pipeline.stages().stream().map(Stage::name).toList(), NameRule.NAME, "Stage");
            var slot = new Slot(Stage.of(name), true);
            slots.add(n.index(), slot);
            return slot;
        }
        String stage = where instanceof Placement.NewGroup g ? g.stage() : ((Placement.InGroup) where).stage();
        int index = pipeline.stageIndex(stage);
        if (index < 0) {
            throw new IllegalArgumentException("There is no stage '" + stage + "'.");
        }
        return slots.get(index);
    }

    private static double[] keysFor(Pipeline pipeline, Placement where, List<Arrival> arrivals, int maxRank) {
        double[] keys = new double[arrivals.size()];
        for (int i = 0; i < keys.length; i++) {
            int rank = arrivals.get(i).rank();
            if (where instanceof Placement.NewGroup g) {
                keys[i] = groupPosition(pipeline, g) - 1 + rank / (maxRank + 1.0);
            } else if (where instanceof Placement.InGroup g) {
                keys[i] = groupIndex(pipeline, g);
            } else {
                keys[i] = rank;
            }
        }
        return keys;
    }

    private static int groupPosition(Pipeline pipeline, Placement.NewGroup g) {
        int groups = pipeline.stage(g.stage()).orElseThrow().runOrders().size();
        if (g.position() < 0 || g.position() > groups) {
            throw new IllegalArgumentException("Stage '" + g.stage() + "' has " + groups
                    + " groups; there is no place for a new group at position " + g.position() + ".");
        }
        return g.position();
    }

    private static int groupIndex(Pipeline pipeline, Placement.InGroup g) {
        List<Integer> groups = List.copyOf(pipeline.stage(g.stage()).orElseThrow().runOrders());
        int index = groups.indexOf(g.runOrder());
        if (index < 0) {
            throw new IllegalArgumentException("Stage '" + g.stage() + "' has no actions with runOrder "
                    + g.runOrder() + " to run beside.");
        }
        return index;
    }

    /** Sorted by group, runOrders renumbered 1..n in the same order. */
    private static List<Action> compact(List<Keyed> entries) {
        var distinct = new TreeSet<Double>();
        entries.forEach(k -> distinct.add(k.key()));
        List<Double> order = List.copyOf(distinct);
        return entries.stream().sorted(Comparator.comparingDouble(Keyed::key))
                .map(k -> k.action().withRunOrder(order.indexOf(k.key()) + 1)).toList();
    }

    /** Renumbers a stage's runOrders to 1..n, keeping groups and their order. */
    static Stage compact(Stage stage) {
        List<Integer> groups = List.copyOf(stage.runOrders());
        return stage.withActions(compact(stage.actions().stream()
                .map(a -> new Keyed(a, groups.indexOf(a.runOrder()))).toList()));
    }

    /** A trigger whose source action had to take a new name follows it. */
    private static Pipeline followRenames(Pipeline pipeline, Map<String, String> renamed) {
        if (renamed.isEmpty() || pipeline.triggers().isEmpty()) {
            return pipeline;
        }
        Set<String> names = new HashSet<>(Located.actionNames(pipeline));
        List<Trigger> triggers = pipeline.triggers().stream()
                .map(t -> !names.contains(t.sourceActionName()) && renamed.containsKey(t.sourceActionName())
                        ? new Trigger(renamed.get(t.sourceActionName()), t.push()) : t)
                .toList();
        return Edits.withTriggers(pipeline, triggers);
    }
}
