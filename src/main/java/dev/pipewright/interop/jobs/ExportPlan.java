package dev.pipewright.interop.jobs;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.VariableReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline as CI jobs: one job per action, with a valid unique id, needing the jobs of the
 * group before it (the previous runOrder of its stage, or the last group of the previous stage),
 * plus the jobs whose artifacts or output variables it uses, since both targets hand those only
 * to jobs that name them in {@code needs}.
 */
public final class ExportPlan {

    /** One action as a job. */
    public record Job(String id, Stage stage, Action action, List<String> needs) {
    }

    private final List<Job> jobs;
    private final Map<String, String> producerByArtifact;
    private final Map<String, Job> ownerByNamespace;

    private ExportPlan(List<Job> jobs, Map<String, String> producerByArtifact, Map<String, Job> ownerByNamespace) {
        this.jobs = List.copyOf(jobs);
        this.producerByArtifact = producerByArtifact;
        this.ownerByNamespace = ownerByNamespace;
    }

    /** @param reserved job ids the target keeps for itself (GitLab's keywords) */
    public static ExportPlan of(Pipeline pipeline, java.util.Set<String> reserved) {
        return of(pipeline, reserved, action -> Optional.empty());
    }

    /**
     * @param reserved job ids the target keeps for itself (GitLab's keywords)
     * @param ownId    the id an action had in the file it was imported from, given back when no other
     *                 action had it (the target checks it is allowed)
     */
    public static ExportPlan of(Pipeline pipeline, java.util.Set<String> reserved,
                                java.util.function.Function<Action, Optional<String>> ownId) {
        var ids = UniqueNames.jobIds();
        reserved.forEach(ids::reserve);
        var actionCount = new HashMap<String, Integer>();
        pipeline.stages().forEach(s -> s.actions().forEach(a -> actionCount.merge(a.name(), 1, Integer::sum)));
        var idOf = new java.util.IdentityHashMap<Action, String>();
        var own = new HashMap<String, Action>();
        pipeline.stages().forEach(s -> s.actions().forEach(a -> ownId.apply(a).ifPresent(id -> own.putIfAbsent(id, a))));
        own.forEach((id, action) -> {
            ids.reserve(id);
            idOf.put(action, id);
        });
        for (Stage stage : pipeline.stages()) {
            for (Action action : byRunOrder(stage)) {
                if (idOf.containsKey(action)) {
                    continue;
                }
                String wanted = actionCount.get(action.name()) == 1 ? action.name() : stage.name() + "-" + action.name();
                idOf.put(action, ids.take(wanted));
            }
        }
        var producers = new HashMap<String, String>();
        var owners = new HashMap<String, Action>();
        pipeline.stages().forEach(s -> s.actions().forEach(a -> {
            a.outputArtifacts().forEach(o -> producers.putIfAbsent(o.name(), idOf.get(a)));
            a.namespace().ifPresent(n -> owners.putIfAbsent(n, a));
        }));
        var jobs = new ArrayList<Job>();
        var byAction = new java.util.IdentityHashMap<Action, Job>();
        List<String> previousGroup = List.of();
        for (Stage stage : pipeline.stages()) {
            for (int order : stage.runOrders()) {
                var group = new ArrayList<String>();
                for (Action action : byRunOrder(stage)) {
                    if (action.runOrder() != order) {
                        continue;
                    }
                    var needs = new LinkedHashSet<>(previousGroup);
                    action.inputArtifacts().forEach(i -> Optional.ofNullable(producers.get(i)).ifPresent(needs::add));
                    for (ConfigValue value : action.configuration().values()) {
                        for (VariableReference ref : VariableReference.findAll(value)) {
                            Optional.ofNullable(owners.get(ref.namespace())).map(idOf::get).ifPresent(needs::add);
                        }
                    }
                    needs.remove(idOf.get(action));
                    Job job = new Job(idOf.get(action), stage, action, List.copyOf(needs));
                    jobs.add(job);
                    byAction.put(action, job);
                    group.add(job.id());
                }
                previousGroup = group;
            }
        }
        var ownerJobs = new HashMap<String, Job>();
        owners.forEach((ns, action) -> ownerJobs.put(ns, byAction.get(action)));
        return new ExportPlan(jobs, producers, ownerJobs);
    }

    private static List<Action> byRunOrder(Stage stage) {
        return stage.actions().stream().sorted(java.util.Comparator.comparingInt(Action::runOrder)).toList();
    }

    public List<Job> jobs() {
        return jobs;
    }

    /** The job producing {@code artifact}. */
    public Optional<String> producerOf(String artifact) {
        return Optional.ofNullable(producerByArtifact.get(artifact));
    }

    /** The job of the action with {@code namespace}. */
    public Optional<Job> ownerOf(String namespace) {
        return Optional.ofNullable(ownerByNamespace.get(namespace));
    }

    /** Every {@code #{namespace.key}} used by any action, by namespace: the outputs jobs must publish. */
    public Map<String, java.util.Set<String>> referencedOutputs() {
        var used = new HashMap<String, java.util.Set<String>>();
        for (Job job : jobs) {
            for (ConfigValue value : job.action().configuration().values()) {
                for (VariableReference ref : VariableReference.findAll(value)) {
                    used.computeIfAbsent(ref.namespace(), n -> new java.util.TreeSet<>()).add(ref.name());
                }
            }
        }
        return used;
    }
}
