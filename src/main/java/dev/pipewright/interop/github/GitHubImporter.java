package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.PipelineImporter;
import dev.pipewright.interop.jobs.CiJob;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.PipelineAssembly;
import dev.pipewright.interop.jobs.UniqueNames;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.interop.yaml.YamlDocument;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GitHub Actions workflow: jobs become actions placed by their {@code needs}, {@code run:}
 * steps their commands, matrices parallel actions; what cannot run here is kept and reported.
 */
public final class GitHubImporter implements PipelineImporter {

    /** The extension field keeping what only GitHub runs (uses steps, runs-on, services...). */
    public static final String EXTENSION = "x-github";

    private static final Pattern ONLY_SECRET = Pattern.compile("\\$\\{\\{\\s*secrets\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    /**
     * What GitHub refuses in a job's shape is refused here too, with its line: a job that is not a
     * mapping, steps that are not a list of steps, a job with neither steps nor a reusable workflow.
     */
    private static void refuseBrokenJobs(YamlDocument document) throws InteropException {
        JsonNode jobs = document.root().path("jobs");
        var problems = new ArrayList<String>();
        for (var entry : jobs.properties()) {
            String at = document.fileName() + document.keyLine(jobs, entry.getKey()).map(l -> ":" + l).orElse("");
            JsonNode job = entry.getValue();
            if (!job.isObject()) {
                problems.add(at + ": job '" + entry.getKey() + "' must be a mapping (runs-on:, steps:...)");
                continue;
            }
            String stepsAt = document.fileName() + document.keyLine(job, "steps").map(l -> ":" + l).orElse("");
            if (job.has("steps") && (!job.get("steps").isArray()
                    || java.util.stream.StreamSupport.stream(job.get("steps").spliterator(), false)
                    .anyMatch(step -> !step.isObject()))) {
                problems.add(stepsAt + ": job '" + entry.getKey() + "': steps must be a list of steps (- run: ... or "
                        + "- uses: ...)");
            } else if (!job.has("steps") && !job.has("uses")) {
                problems.add(at + ": job '" + entry.getKey() + "' has neither steps nor uses (a reusable workflow)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InteropException(String.join("\n", problems));
        }
    }

    @Override
    public Imported read(String text, String fileName) throws InteropException {
        YamlDocument document = YamlReader.read(text, fileName);
        JsonNode root = document.root();
        if (!root.isObject() || !root.path("jobs").isObject() || root.path("jobs").isEmpty()) {
            throw new InteropException(fileName + ": this is not a GitHub workflow: no `jobs` (a workflow has `on:` "
                    + "and a mapping of `jobs:`)");
        }
        refuseBrokenJobs(document);
        var notes = new Notes();
        var variables = new LinkedHashMap<String, PipelineVariable>();
        Optional<Trigger.PushFilter> push = GitHubTriggers.read(root.path("on"), variables, notes);
        var environment = new LinkedHashMap<String, String>();
        readEnvironment(root.path("env"), variables, environment, notes);
        com.fasterxml.jackson.databind.node.ObjectNode kept = Unmapped.of(withEventsAsMapping(root),
                mappedWorkflowKeys(root));
        if (!kept.isEmpty()) {
            notes.add("workflow", "its " + Unmapped.names(kept) + " are kept in x-github and written back on export; "
                    + "they have no meaning when the pipeline runs on this machine");
        }
        Map<String, List<String>> keysByJob = new LinkedHashMap<>();
        root.path("jobs").properties().forEach(e -> keysByJob.put(e.getKey(), GitHubJobReader.keysOf(e.getKey(), e.getValue())));
        GitHubExpressions.Scope scope = new GitHubExpressions.Scope(variables.keySet(),
                secret -> secretVariable(secret, variables), output -> jobOutput(output, root.path("jobs"), notes));
        Optional<String> shell = Optional.of(root.path("defaults").path("run").path("shell").asText(""))
                .map(GitHubSteps::shellWord).filter(s -> !s.isEmpty());
        Optional<String> workingDirectory = GitHubSteps.nonEmpty(root.path("defaults").path("run")
                .path("working-directory").asText(null));
        var reader = new GitHubJobReader(document, scope, environment, shell, workingDirectory, keysByJob, notes);
        var jobs = new ArrayList<CiJob>();
        for (var job : root.path("jobs").properties()) {
            jobs.addAll(reader.read(job.getKey(), job.getValue()));
        }
        String name = UniqueNames.following(NameRule.NAME, "workflow")
                .take(root.path("name").asText(baseName(fileName)));
        var frame = new PipelineAssembly.Frame(name, Optional.of("Imported from the GitHub Actions workflow " + fileName + "."),
                List.of(), List.copyOf(variables.values()), push,
                kept.isEmpty() ? Map.of() : Map.of(EXTENSION, kept.toString()));
        return new dev.pipewright.interop.Imported(PipelineAssembly.assemble(frame, jobs, notes), notes.report());
    }

    /**
     * The workflow keys the import maps onto the pipeline: its name, jobs, the env it can name as
     * variables, the push and dispatch events, and the run defaults every job takes; the rest is kept.
     */
    static java.util.Set<String> mappedWorkflowKeys(JsonNode root) {
        var mapped = new java.util.HashSet<>(List.of("name", "jobs", "on.push", "on.workflow_dispatch",
                "defaults.run.shell", "defaults.run.working-directory"));
        root.path("env").fieldNames().forEachRemaining(name -> {
            if (NameRule.VARIABLE.matches(name)) {
                mapped.add("env." + name);
            }
        });
        return mapped;
    }

    /** {@code on: push} and {@code on: [push, pull_request]} as the mapping they stand for, so each event is a key. */
    static JsonNode withEventsAsMapping(JsonNode root) {
        JsonNode on = root.path("on");
        if (!on.isTextual() && !on.isArray()) {
            return root;
        }
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) root).deepCopy();
        var events = copy.putObject("on");
        (on.isArray() ? on : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(on))
                .forEach(e -> events.putNull(e.asText()));
        return copy;
    }

    /** Workflow env becomes pipeline variables, handed to every action's environment under the same name. */
    private static void readEnvironment(JsonNode env, Map<String, PipelineVariable> variables,
                                        Map<String, String> environment, Notes notes) {
        for (var e : env.properties()) {
            String name = e.getKey();
            if (!NameRule.VARIABLE.matches(name)) {
                notes.add("workflow env " + name, "kept in x-github: a Pipewright variable name uses only letters, "
                        + "digits and @ - _");
                continue;
            }
            String value = GitHubMatrix.text(e.getValue());
            Matcher secret = ONLY_SECRET.matcher(value.trim());
            if (secret.matches()) {
                variables.put(name, new PipelineVariable(name, Optional.empty(),
                        Optional.of("The repository secret " + secret.group(1) + "."), true, Optional.of(secret.group(1))));
                notes.add("workflow env " + name, "a secret variable read from the environment variable "
                        + secret.group(1) + " on this machine: set it before running");
            } else {
                if (value.contains("${{")) {
                    notes.add("workflow env " + name, "its value '" + value + "' holds a GitHub expression, kept "
                            + "as written: set the variable when you run the pipeline");
                }
                variables.put(name, PipelineVariable.of(name, value));
            }
            environment.put(name, "#{variables." + name + "}");
        }
    }

    /** The pipeline variable holding repository secret {@code secret}, added the first time it is used. */
    private static String secretVariable(String secret, Map<String, PipelineVariable> variables) {
        for (PipelineVariable v : variables.values()) {
            if (v.secret() && v.fromEnv().equals(Optional.of(secret))) {
                return v.name();
            }
        }
        String name = secret;
        for (int n = 2; variables.containsKey(name); n++) {
            name = secret + "-" + n;
        }
        variables.put(name, new PipelineVariable(name, Optional.empty(),
                Optional.of("The repository secret " + secret + "."), true, Optional.of(secret)));
        return name;
    }

    /** {@code needs.J.outputs.K}: J's output K is set by a step writing KEY to $GITHUB_OUTPUT. */
    private static Optional<String> jobOutput(String jobAndOutput, JsonNode jobs, Notes notes) {
        String job = jobAndOutput.substring(0, jobAndOutput.indexOf('.'));
        String output = jobAndOutput.substring(jobAndOutput.indexOf('.') + 1);
        String value = jobs.path(job).path("outputs").path(output).asText("");
        Matcher step = Pattern.compile("\\$\\{\\{\\s*steps\\.[A-Za-z0-9_-]+\\.outputs\\.([A-Za-z0-9_-]+)\\s*}}")
                .matcher(value.trim());
        if (step.matches()) {
            return Optional.of("#{" + namespaceOf(job) + "." + step.group(1) + "}");
        }
        notes.add("job " + job + " output " + output, "its value '" + value + "' is not a step output, so "
                + "references to it are left as written");
        return Optional.empty();
    }

    static String namespaceOf(String jobId) {
        return jobId;
    }

    static String baseName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "");
        return base.replaceAll("\\.(ya?ml)$", "");
    }
}
