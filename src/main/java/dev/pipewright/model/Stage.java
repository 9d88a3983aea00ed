package dev.pipewright.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** A named step of the pipeline; stages run one after another, a stage's actions by runOrder. */
public record Stage(String name, List<Action> actions, Map<String, String> extensions) {
    public Stage {
        Objects.requireNonNull(name);
        actions = List.copyOf(actions);
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    public static Stage of(String name, Action... actions) {
        return new Stage(name, List.of(actions), Map.of());
    }

    /** The distinct runOrders of this stage, ascending: one entry per group of parallel actions. */
    public SortedSet<Integer> runOrders() {
        var orders = new TreeSet<Integer>();
        actions.forEach(a -> orders.add(a.runOrder()));
        return orders;
    }

    public java.util.Optional<Action> action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }

    public Stage withName(String newName) {
        return new Stage(newName, actions, extensions);
    }

    public Stage withActions(List<Action> newActions) {
        return new Stage(name, newActions, extensions);
    }
}
