package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.PipelineExporter;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.yaml.YamlWriter;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import dev.pipewright.model.VariableReference;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a pipeline as a {@code .gitlab-ci.yml}: stages in order, one job per action with
 * {@code needs} from runOrders, blocking manual jobs for approvals, artifacts, variables, and the
 * push trigger as {@code workflow:rules}.
 */
public final class GitLabExporter implements PipelineExporter {

    public static final String FILE_NAME = ".gitlab-ci.yml";
    /** Top-level keys GitLab reads as settings, never as jobs; {@code pages} publishes GitLab Pages. */
    private static final Set<String> RESERVED = Set.of("default", "include", "stages", "variables", "workflow",
            "image", "services", "cache", "before_script", "after_script", "pages", "spec", "types");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public Exported write(Pipeline pipeline) {
        var notes = new Notes();
        // a job imported from GitLab keeps its name (fedora:33@build, pages) where it is free
        ExportPlan plan = ExportPlan.of(pipeline, RESERVED, action -> GitLabKept.of(action.extensions())
                .map(kept -> kept.path(GitLabKept.JOB_NAME).asText(""))
                .filter(n -> !n.isEmpty() && !n.startsWith(".") && !GitLabConfig.GLOBAL_KEYS.contains(n)));
        ObjectNode root = NODES.objectNode();
        root.set("workflow", workflow(pipeline, notes));
        GitLabStages gitLabStages = new GitLabStages(pipeline, notes);
        ArrayNode stages = root.putArray("stages");
        gitLabStages.listed().forEach(stages::add);
        ObjectNode variables = variables(pipeline, notes);
        if (!variables.isEmpty()) {
            root.set("variables", variables);
        }
        GitLabKept.of(pipeline.extensions()).ifPresent(kept -> {
            var keys = kept.deepCopy();
            if (keys instanceof ObjectNode object && object.remove("spec") != null) {
                notes.add("spec", "the inputs header an import kept is not written back: it belongs in a document of "
                        + "its own before the jobs; add it by hand");
            }
            dev.pipewright.interop.jobs.Unmapped.writeBack(root, keys, true);
        });
        if (pipeline.executionMode() != ExecutionMode.PARALLEL) {
            notes.add("execution mode " + pipeline.executionMode(), "not written: GitLab runs pipelines side by side; "
                    + "give jobs a resource_group to run one at a time, or interruptible and workflow:auto_cancel "
                    + "to let newer pipelines supersede older ones");
        }
        Set<String> publishing = new HashSet<>();
        var writer = new GitLabJobWriter(text -> rewrite(text, pipeline, plan, publishing, notes), notes,
                gitLabStages::of);
        plan.jobs().forEach(j -> j.action().configuration().values().forEach(v -> VariableReference.findAll(v)
                .forEach(r -> rewrite(r.toString(), pipeline, plan, publishing, notes))));
        for (ExportPlan.Job job : plan.jobs()) {
            root.set(job.id(), writer.write(job, plan, publishing.contains(job.id())));
        }
        for (Stage stage : pipeline.stages()) {
            if (!stage.extensions().isEmpty()) {
                notes.add("stage " + stage.name(), "its " + String.join(", ", stage.extensions().keySet())
                        + " fields are kept only in the Pipewright file");
            }
        }
        String header = "GitLab CI pipeline exported by Pipewright from the pipeline '" + pipeline.name() + "'.\n"
                + "The export report lists what did not carry over.";
        return new Exported(Map.of(FILE_NAME, YamlWriter.write(root, header)), notes.report());
    }

    private static ObjectNode workflow(Pipeline pipeline, Notes notes) {
        ObjectNode workflow = NODES.objectNode().put("name", pipeline.name());
        ArrayNode rules = workflow.putArray("rules");
        rules.add(NODES.objectNode().put("if", "$CI_PIPELINE_SOURCE == \"web\" || $CI_PIPELINE_SOURCE == \"api\""));
        if (pipeline.triggers().isEmpty()) {
            notes.add("triggers", "the pipeline has none, so it runs only when started from GitLab (Run pipeline) "
                    + "or its API, not on every push");
            return workflow;
        }
        Trigger trigger = pipeline.triggers().get(0);
        List<Trigger.PushFilter> filters = trigger.push().isEmpty()
                ? List.of(new Trigger.PushFilter(Trigger.Patterns.ANY, Trigger.Patterns.ANY, Trigger.Patterns.ANY))
                : trigger.push();
        for (Trigger.PushFilter filter : filters) {
            boolean any = filter.branches().isEmpty() && filter.tags().isEmpty();
            if (!filter.branches().isEmpty() || any) {
                rules.add(rule(condition("$CI_COMMIT_BRANCH", filter.branches()), filter.filePaths(), notes));
            }
            if (!filter.tags().isEmpty()) {
                rules.add(rule(condition("$CI_COMMIT_TAG", filter.tags()), filter.filePaths(), notes));
            }
        }
        if (pipeline.triggers().size() > 1) {
            notes.add("triggers", "only the first trigger is written: GitLab runs one pipeline per push");
        }
        return workflow;
    }

    private static ObjectNode rule(String condition, Trigger.Patterns paths, Notes notes) {
        ObjectNode rule = NODES.objectNode().put("if", "$CI_PIPELINE_SOURCE == \"push\" && " + condition);
        if (!paths.includes().isEmpty()) {
            ArrayNode changes = rule.putArray("changes");
            paths.includes().forEach(changes::add);
        }
        if (!paths.excludes().isEmpty()) {
            notes.add("trigger file paths", "excluded paths " + paths.excludes() + " are left out: GitLab's "
                    + "rules:changes cannot exclude files");
        }
        return rule;
    }

    /** {@code $CI_COMMIT_BRANCH =~ /^(main|release\/.*)$/ && $CI_COMMIT_BRANCH !~ /^(old)$/}. */
    private static String condition(String variable, Trigger.Patterns patterns) {
        String condition = variable;
        if (!patterns.includes().isEmpty()) {
            condition += " =~ " + regex(patterns.includes());
        }
        if (!patterns.excludes().isEmpty()) {
            condition += " && " + variable + " !~ " + regex(patterns.excludes());
        }
        return condition;
    }

    private static String regex(List<String> globs) {
        return "/^(" + String.join("|", globs.stream().map(GitLabExporter::globRegex).toList()) + ")$/";
    }

    static String globRegex(String glob) {
        var out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                out.append(".*");
                i++;
            } else if (c == '*') {
                out.append("[^\\/]*");
            } else if (c == '?') {
                out.append("[^\\/]");
            } else if (c == '/') {
                out.append("\\/");
            } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static ObjectNode variables(Pipeline pipeline, Notes notes) {
        ObjectNode variables = NODES.objectNode();
        for (PipelineVariable v : pipeline.variables()) {
            if (v.secret()) {
                notes.add("variable " + v.name(), "is secret: define the CI/CD variable " + envName(v)
                        + " (masked) in the project's settings");
                continue;
            }
            if (!v.name().matches("[A-Za-z0-9_]+")) {
                notes.add("variable " + v.name(), "GitLab variable names use only letters, digits and _; it is "
                        + "written as " + envName(v));
            }
            ObjectNode variable = variables.putObject(envName(v));
            variable.put("value", v.defaultValue().orElse(""));
            v.description().ifPresent(d -> variable.put("description", d));
        }
        return variables;
    }

    private static String envName(PipelineVariable v) {
        return (v.secret() ? v.fromEnv().orElse(v.name()) : v.name()).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * The name an output variable travels under in a dotenv report: GitLab hands every needed job's
     * dotenv variables to a job in one name space, so two Git sources' CommitId would clash; the
     * namespace in front keeps them apart ({@code SourceVariables_CommitId}).
     */
    static String dotenvName(String namespace, String key) {
        return (namespace + "_" + key).replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String rewrite(String text, Pipeline pipeline, ExportPlan plan, Set<String> publishing, Notes notes) {
        return VariableReference.substitute(text, ref -> switch (ref.namespace()) {
            case VariableReference.PIPELINE_NAMESPACE -> pipeline.variable(ref.name())
                    .map(v -> "${" + envName(v) + "}");
            case VariableReference.BUILT_IN_NAMESPACE -> ref.name().equals("PipelineName")
                    ? Optional.of(pipeline.name()) : Optional.of("${CI_PIPELINE_ID}");
            default -> plan.ownerOf(ref.namespace()).map(owner -> {
                if (owner.action().category() == ActionCategory.APPROVAL) {
                    notes.add("reference " + ref, "GitLab does not tell later jobs who approved: replaced by nothing");
                    return "";
                }
                publishing.add(owner.id());
                return "${" + dotenvName(ref.namespace(), ref.name()) + "}";
            });
        });
    }
}
