package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.PipelineExporter;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.yaml.YamlWriter;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Trigger;
import dev.pipewright.model.VariableReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a pipeline as a GitHub Actions workflow: one job per action, {@code needs} from stages
 * and runOrders, approvals as environments, artifacts through upload/download steps, variables as
 * {@code env} fed by {@code workflow_dispatch} inputs, the push trigger as {@code on.push}.
 */
public final class GitHubExporter implements PipelineExporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INPUT_ID = "[_a-zA-Z][a-zA-Z0-9_-]*";

    @Override
    public Exported write(Pipeline pipeline) {
        var notes = new Notes();
        ExportPlan plan = ExportPlan.of(pipeline, Set.of());
        ObjectNode root = NODES.objectNode();
        root.put("name", pipeline.name());
        root.set("on", on(pipeline, notes));
        ObjectNode env = env(pipeline, notes);
        if (!env.isEmpty()) {
            root.set("env", env);
        }
        concurrency(pipeline.executionMode()).ifPresent(c -> root.set("concurrency", c));
        Map<String, Set<String>> published = new LinkedHashMap<>();
        Set<String> artifactNames = new java.util.HashSet<>();
        pipeline.stages().forEach(s -> s.actions().forEach(a -> a.outputArtifacts().forEach(o -> artifactNames.add(o.name()))));
        var writer = new GitHubJobWriter(text -> rewrite(text, pipeline, plan, published, notes), artifactNames,
                plan.jobs().stream().map(ExportPlan.Job::id).collect(java.util.stream.Collectors.toSet()), notes);
        // references first, so every job knows which of its outputs others read
        plan.jobs().forEach(j -> j.action().configuration().values().forEach(v ->
                VariableReference.findAll(v).forEach(r -> rewrite(r.toString(), pipeline, plan, published, notes))));
        writeBackKept(pipeline, root);
        ObjectNode jobs = root.putObject("jobs");
        for (ExportPlan.Job job : plan.jobs()) {
            jobs.set(job.id(), writer.write(job, published.getOrDefault(job.id(), Set.of())));
        }
        pipeline.stages().stream().filter(s -> !s.extensions().isEmpty()).forEach(s -> notes.add("stage " + s.name(),
                "its " + String.join(", ", s.extensions().keySet()) + " fields are kept only in the Pipewright file"));
        String header = "GitHub Actions workflow exported by Pipewright from the pipeline '" + pipeline.name() + "'.\n"
                + "The export report lists what did not carry over.";
        return new Exported(Map.of(fileName(pipeline), YamlWriter.write(root, header)), notes.report());
    }

    /** The workflow keys a GitHub import kept (other events, permissions, concurrency...) go back in. */
    private static void writeBackKept(Pipeline pipeline, ObjectNode root) {
        dev.pipewright.interop.jobs.Unmapped.read(pipeline.extensions().get(GitHubImporter.EXTENSION))
                .ifPresent(kept -> dev.pipewright.interop.jobs.Unmapped.writeBack(root, kept, true));
    }

    static String fileName(Pipeline pipeline) {
        return pipeline.name().replaceAll("[^A-Za-z0-9._-]", "-") + ".yml";
    }

    private static ObjectNode on(Pipeline pipeline, Notes notes) {
        ObjectNode on = NODES.objectNode();
        ObjectNode dispatch = on.putObject("workflow_dispatch");
        ObjectNode inputs = NODES.objectNode();
        for (PipelineVariable v : pipeline.variables()) {
            if (v.secret()) {
                continue;
            }
            if (!v.name().matches(INPUT_ID)) {
                notes.add("variable " + v.name(), "is not offered as a workflow_dispatch input: GitHub input ids use "
                        + "letters, digits, _ and - and start with a letter or _");
                continue;
            }
            ObjectNode input = inputs.putObject(v.name());
            input.put("description", v.description().orElse(v.name()));
            input.put("required", false);
            input.put("type", "string");
            v.defaultValue().ifPresent(d -> input.put("default", d));
        }
        if (!inputs.isEmpty()) {
            dispatch.set("inputs", inputs);
        }
        List<Trigger> triggers = pipeline.triggers();
        if (!triggers.isEmpty()) {
            Trigger trigger = triggers.get(0);
            ObjectNode push = on.putObject("push");
            if (!trigger.push().isEmpty()) {
                Trigger.PushFilter filter = trigger.push().get(0);
                patterns(push, "branches", filter.branches());
                patterns(push, "tags", filter.tags());
                patterns(push, "paths", filter.filePaths());
            }
            if (triggers.size() > 1 || trigger.push().size() > 1) {
                notes.add("triggers", "only the first push filter is written: a workflow has one on.push");
            }
        }
        return on;
    }

    /** GitHub forbids branches with branches-ignore: excludes become !negations when both are there. */
    private static void patterns(ObjectNode push, String kind, Trigger.Patterns patterns) {
        if (patterns.isEmpty()) {
            return;
        }
        if (patterns.includes().isEmpty()) {
            ArrayNode ignore = push.putArray(kind + "-ignore");
            patterns.excludes().forEach(ignore::add);
            return;
        }
        ArrayNode list = push.putArray(kind);
        patterns.includes().forEach(list::add);
        patterns.excludes().forEach(e -> list.add("!" + e));
    }

    private static ObjectNode env(Pipeline pipeline, Notes notes) {
        ObjectNode env = NODES.objectNode();
        for (PipelineVariable v : pipeline.variables()) {
            if (v.secret()) {
                String secret = v.fromEnv().orElse(v.name()).replaceAll("[^A-Za-z0-9_]", "_");
                env.put(v.name(), "${{ secrets." + secret + " }}");
                notes.add("variable " + v.name(), "is read from the repository secret " + secret + ": create it in "
                        + "the repository settings");
            } else if (v.name().matches(INPUT_ID)) {
                String fallback = v.defaultValue().map(d -> " || '" + d.replace("'", "''") + "'").orElse("");
                env.put(v.name(), "${{ inputs." + v.name() + fallback + " }}");
            } else {
                env.put(v.name(), v.defaultValue().orElse(""));
            }
        }
        return env;
    }

    private static Optional<ObjectNode> concurrency(ExecutionMode mode) {
        return switch (mode) {
            // GitHub keeps one pending run per group and cancels older pending ones: CodePipeline's superseding
            case SUPERSEDED -> Optional.of(NODES.objectNode().put("group", "${{ github.workflow }}")
                    .put("cancel-in-progress", false));
            case QUEUED -> Optional.of(NODES.objectNode().put("group", "${{ github.workflow }}")
                    .put("cancel-in-progress", false).put("queue", "max"));
            case PARALLEL -> Optional.empty();
        };
    }

    /** {@code #{...}} references as GitHub expressions; records which job outputs are read. */
    private static String rewrite(String text, Pipeline pipeline, ExportPlan plan, Map<String, Set<String>> published,
                                  Notes notes) {
        return VariableReference.substitute(text, ref -> switch (ref.namespace()) {
            case VariableReference.PIPELINE_NAMESPACE -> Optional.of("${{ env." + ref.name() + " }}");
            case VariableReference.BUILT_IN_NAMESPACE -> ref.name().equals("PipelineName")
                    ? Optional.of(pipeline.name()) : Optional.of("${{ github.run_id }}");
            default -> plan.ownerOf(ref.namespace()).flatMap(owner -> {
                Action action = owner.action();
                if (action.category() == ActionCategory.APPROVAL) {
                    notes.add("reference " + ref, "GitHub does not tell later jobs who approved: replaced by nothing");
                    return Optional.of("");
                }
                published.computeIfAbsent(owner.id(), k -> new TreeSet<>()).add(ref.name());
                return Optional.of("${{ needs." + owner.id() + ".outputs." + ref.name() + " }}");
            });
        });
    }
}
