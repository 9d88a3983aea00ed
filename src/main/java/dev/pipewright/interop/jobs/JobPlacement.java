package dev.pipewright.interop.jobs;

import dev.pipewright.interop.InteropException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places a graph of jobs linked by {@code needs} into Pipewright's stages and runOrders.
 *
 * <p>A job without a stage of its own (GitHub) goes into the stage after the latest of its needs
 * (longest-path layering), so that every need has finished before it starts. A job with a stage
 * (GitLab) stays there. Within a stage, a job runs after the jobs of the same stage it needs
 * (runOrder one higher). A "same stage" need (an approval gate before its job) puts the job in the
 * gate's stage, one runOrder later.
 *
 * <p>Stages are barriers, so a job may wait for more than it needs: those extra waits are returned
 * for the report.
 */
public final class JobPlacement {

    /** @param sameStage the job runs in the needed job's stage, after it (not in a later stage) */
    public record Need(String key, boolean sameStage) {
    }

    /** @param stage a fixed stage index (GitLab), or empty to place by needs (GitHub) */
    public record Node(String key, Optional<Integer> stage, List<Need> needs) {
        public Node {
            needs = List.copyOf(needs);
        }
    }

    /** @param stage 0-based stage index; @param runOrder from 1 */
    public record Place(int stage, int runOrder) {
        public boolean isBefore(Place other) {
            return stage < other.stage || stage == other.stage && runOrder < other.runOrder;
        }
    }

    /**
     * @param places       where each job goes, by key
     * @param extraWaits   for each job, the jobs it now waits for without needing them (directly or not)
     * @param ignoredNeeds needs on jobs of a later stage (GitLab refuses those too), by job
     */
    public record Result(Map<String, Place> places, Map<String, Set<String>> extraWaits,
                         Map<String, List<String>> ignoredNeeds) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<String>> ignored = new LinkedHashMap<>();

    private JobPlacement(List<Node> all) {
        all.forEach(n -> nodes.put(n.key(), n));
    }

    /**
     * @throws InteropException when needs go round in a circle
     */
    public static Result place(List<Node> jobs) throws InteropException {
        var placement = new JobPlacement(jobs);
        for (String key : placement.nodes.keySet()) {
            placement.placeOf(key, new LinkedHashSet<>());
        }
        return new Result(Map.copyOf(placement.places), placement.extraWaits(), Map.copyOf(placement.ignored));
    }

    private Place placeOf(String key, LinkedHashSet<String> path) throws InteropException {
        Place known = places.get(key);
        if (known != null) {
            return known;
        }
        if (!path.add(key)) {
            var circle = new ArrayList<>(path.stream().dropWhile(k -> !k.equals(key)).toList());
            circle.add(key);
            throw new InteropException("the jobs " + String.join(" -> ", circle) + " need each other in a circle; "
                    + "no order can satisfy them. Remove one of these needs.");
        }
        Node node = nodes.get(key);
        var needed = new ArrayList<Map.Entry<Need, Place>>();
        for (Need need : node.needs()) {
            if (nodes.containsKey(need.key())) {
                needed.add(Map.entry(need, placeOf(need.key(), path)));
            }
        }
        int stage;
        if (node.stage().isPresent()) {
            stage = node.stage().get();
        } else {
            stage = 0;
            for (var e : needed) {
                stage = Math.max(stage, e.getValue().stage() + (e.getKey().sameStage() ? 0 : 1));
            }
        }
        int runOrder = 1;
        for (var e : needed) {
            Place p = e.getValue();
            if (p.stage() > stage) {
                ignored.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey().key());
            } else if (p.stage() == stage) {
                runOrder = Math.max(runOrder, p.runOrder() + 1);
            }
        }
        path.remove(key);
        Place place = new Place(stage, runOrder);
        places.put(key, place);
        return place;
    }

    private Map<String, Set<String>> extraWaits() {
        Map<String, Set<String>> ancestors = new HashMap<>();
        var extra = new LinkedHashMap<String, Set<String>>();
        for (String key : nodes.keySet()) {
            Set<String> needed = ancestorsOf(key, ancestors);
            Place place = places.get(key);
            var waits = new LinkedHashSet<String>();
            for (String other : nodes.keySet()) {
                if (!other.equals(key) && places.get(other).isBefore(place) && !needed.contains(other)) {
                    waits.add(other);
                }
            }
            if (!waits.isEmpty()) {
                extra.put(key, waits);
            }
        }
        return extra;
    }

    private Set<String> ancestorsOf(String key, Map<String, Set<String>> memo) {
        Set<String> known = memo.get(key);
        if (known != null) {
            return known;
        }
        var all = new HashSet<String>();
        for (Need need : nodes.get(key).needs()) {
            if (nodes.containsKey(need.key()) && !ignored.getOrDefault(key, List.of()).contains(need.key())) {
                all.add(need.key());
                all.addAll(ancestorsOf(need.key(), memo));
            }
        }
        memo.put(key, all);
        return all;
    }
}
