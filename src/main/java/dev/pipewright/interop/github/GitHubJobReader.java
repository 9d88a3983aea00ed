package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.CiJob;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.interop.yaml.YamlDocument;
import dev.pipewright.model.ActionCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads one job of a workflow into one {@link CiJob} per matrix combination. */
final class GitHubJobReader {

    private static final Set<String> NOTED_KEYS = Set.of("permissions", "concurrency", "services", "container",
            "if", "continue-on-error", "runs-on", "outputs", "strategy", "secrets", "with", "defaults");

    private final YamlDocument document;
    private final GitHubExpressions.Scope scope;
    private final Map<String, String> workflowEnvironment;
    private final Optional<String> workflowShell;
    private final Optional<String> workflowWorkingDirectory;
    private final Map<String, List<String>> keysByJob;
    private final Notes notes;

    GitHubJobReader(YamlDocument document, GitHubExpressions.Scope scope, Map<String, String> workflowEnvironment,
                    Optional<String> workflowShell, Optional<String> workflowWorkingDirectory,
                    Map<String, List<String>> keysByJob, Notes notes) {
        this.document = document;
        this.scope = scope;
        this.workflowEnvironment = workflowEnvironment;
        this.workflowShell = workflowShell;
        this.workflowWorkingDirectory = workflowWorkingDirectory;
        this.keysByJob = keysByJob;
        this.notes = notes;
    }

    /** The keys a job's combinations will have, known before any job is read so needs can refer to them. */
    static List<String> keysOf(String jobId, JsonNode job) {
        return combinations(job).map(all -> all.stream().map(c -> key(jobId, c)).toList()).orElse(List.of(jobId));
    }

    List<CiJob> read(String jobId, JsonNode job) {
        String where = "job " + jobId + document.keyLine(document.root().path("jobs"), jobId)
                .map(l -> " (line " + l + ")").orElse("");
        if (!job.isObject()) {
            notes.add(where, "is not a mapping; left out");
            return List.of();
        }
        Optional<List<GitHubMatrix.Combination>> combos = combinations(job);
        if (job.path("strategy").has("matrix") && combos.isEmpty()) {
            notes.add(where, "its matrix is computed when the workflow runs (" + GitHubSteps.oneLine(
                    job.path("strategy").path("matrix").toString()) + "), so it is imported as one action with "
                    + "${{ matrix.* }} left as written");
        }
        if (combos.isPresent() && combos.get().isEmpty()) {
            notes.add(where, "its matrix has no combinations, so the job never runs; left out");
            return List.of();
        }
        if (combos.isPresent()) {
            notes.add(where, "its matrix is imported as " + combos.get().size() + " parallel actions, one per "
                    + "combination; an export writes one job per combination");
        }
        var result = new ArrayList<CiJob>();
        List<GitHubMatrix.Combination> all = combos.orElse(List.of(new GitHubMatrix.Combination(Map.of(), List.of())));
        for (int i = 0; i < all.size(); i++) {
            GitHubMatrix.Combination combo = all.get(i);
            JsonNode variant = combos.isPresent() ? GitHubExpressions.withMatrix(job, combo.values()) : job;
            String key = combos.isPresent() ? key(jobId, combo) : jobId;
            String name = combos.isPresent() ? jobId + "-" + String.join("-", combo.naming()) : jobId;
            result.add(variant(jobId, key, name, where, variant, i == 0));
        }
        return result;
    }

    private CiJob variant(String jobId, String key, String name, String where, JsonNode job, boolean first) {
        var leftAsWritten = GitHubExpressions.newReport();
        noteJobKeys(job, where);
        String shell = shellOf(job);
        var commands = new ArrayList<String>();
        if (job.has("name")) {
            commands.add("# " + GitHubSteps.oneLine(job.path("name").asText()));
        }
        ObjectNode kept = Unmapped.of(job, mappedJobKeys(job));
        GitHubSteps.Script script;
        if (job.has("uses")) {
            String uses = job.path("uses").asText();
            commands.add("# uses: " + uses + " - a reusable workflow; it runs only on GitHub, kept in x-github");
            commands.add("echo 'This job calls the reusable workflow " + uses.replace("'", "") + ", which runs only on GitHub.'");
            notes.add(where, "calls the reusable workflow " + uses + ": imported as an action that only says so; "
                    + "import that workflow as a pipeline of its own and run it with a Pipeline invoke action");
            script = new GitHubSteps.Script(List.of(), false, List.of(), List.of(), JsonNodeFactory.instance.arrayNode(),
                    Set.of());
        } else {
            script = GitHubSteps.read(job.path("steps"), shell, where, scope, leftAsWritten, notes);
            commands.addAll(script.commands());
            kept.set("steps", script.keptSteps());
        }
        if (job.has("needs")) {
            // read into the placement too; kept so that an export can give back the needs as written
            kept.set("needs", job.get("needs"));
        }
        var keptHere = kept.deepCopy();
        keptHere.remove(List.of("steps", "needs"));
        if (first && !keptHere.isEmpty()) {
            notes.add(where, "its " + Unmapped.names(keptHere) + " are kept in x-github and written back on export");
        }
        var environment = new TreeMap<String, String>();
        workflowEnvironment.forEach(environment::put);
        job.path("env").properties().forEach(e -> environment.put(e.getKey(),
                GitHubExpressions.rewrite(GitHubMatrix.text(e.getValue()), scope, leftAsWritten)));
        for (String file : script.runnerFiles()) {
            environment.put(file, "/dev/null");
            notes.add(where, "writes to $" + file + ", which only GitHub reads: here it is /dev/null");
        }
        if (!leftAsWritten.isEmpty()) {
            notes.add(where, "GitHub expressions " + String.join(", ", leftAsWritten) + " are left as written: "
                    + "Pipewright cannot evaluate GitHub's contexts; replace them before running it here");
        }
        var needs = new ArrayList<String>();
        for (JsonNode need : job.path("needs").isArray() ? job.path("needs")
                : JsonNodeFactory.instance.arrayNode().add(job.path("needs"))) {
            if (need.isMissingNode() || need.isNull()) {
                continue;
            }
            List<String> keys = keysByJob.get(need.asText());
            if (keys == null) {
                notes.add(where, "needs '" + need.asText() + "', which is not a job of this workflow; left out");
            } else {
                needs.addAll(keys);
            }
        }
        Optional<String> namespace = Optional.empty();
        if (job.path("outputs").isObject() && !job.path("outputs").isEmpty()) {
            if (first) {
                namespace = Optional.of(GitHubImporter.namespaceOf(jobId));
            } else {
                notes.add(where, "only its first matrix combination outputs variables: namespaces are unique");
            }
        }
        return new CiJob(key, jobId, name, where, Optional.empty(), needs, true, category(jobId, job), commands,
                Optional.of(shell), workingDirectory(job), environment, timeout(job, where), gate(job, jobId),
                script.usesRepository(), script.inputs(), script.outputs(), List.of(), namespace,
                kept.isEmpty() ? Map.of() : Map.of(GitHubImporter.EXTENSION, kept.toString()));
    }

    /**
     * The job keys the import maps onto an action: what it runs (steps, each kept at its own level),
     * its name, needs, env, a timeout in minutes, its run defaults and its matrix; the rest (runs-on,
     * if, services, environment, outputs...) is kept. Outputs and environment are kept too even though
     * they are read, since what they name (a uses step, a GitHub environment) exists only on GitHub.
     */
    static Set<String> mappedJobKeys(JsonNode job) {
        var mapped = new java.util.HashSet<>(List.of("name", "steps", "needs", "env", "defaults.run.shell",
                "defaults.run.working-directory"));
        if (combinations(job).isPresent() && !combinations(job).get().isEmpty()) {
            mapped.add("strategy.matrix"); // expanded into actions; a matrix computed at run time is kept
        }
        if (job.path("timeout-minutes").isNumber() && job.path("timeout-minutes").decimalValue().signum() > 0) {
            mapped.add("timeout-minutes");
        }
        return mapped;
    }

    private void noteJobKeys(JsonNode job, String where) {
        job.fieldNames().forEachRemaining(field -> {
            if (!NOTED_KEYS.contains(field)) {
                return;
            }
            String what = switch (field) {
                case "runs-on" -> "runs-on " + GitHubSteps.oneLine(GitHubMatrix.text(job.get(field)))
                        + " is kept in x-github: here the job runs on this machine";
                case "services" -> "its services (containers beside the job) are kept in x-github but not started: "
                        + "start them yourself before running it here";
                case "container" -> "its container is kept in x-github: here the job runs directly on this machine";
                case "if" -> "its condition 'if: " + GitHubSteps.oneLine(job.get(field).asText())
                        + "' is kept in x-github: here the job always runs";
                case "permissions" -> "its permissions (of the GitHub token) do not apply here";
                case "concurrency" -> "its concurrency group is kept in x-github: Pipewright runs one pipeline's "
                        + "executions by the pipeline's execution mode";
                case "continue-on-error" -> "continue-on-error is kept in x-github: here a failing job fails the stage";
                case "strategy" -> job.get(field).has("fail-fast") || job.get(field).has("max-parallel")
                        ? "strategy fail-fast and max-parallel are kept in x-github: parallel actions run on Pipewright's "
                        + "pool and a failure fails the stage" : null;
                default -> null;
            };
            if (what != null) {
                notes.add(where, what);
            }
        });
    }

    private String shellOf(JsonNode job) {
        String declared = GitHubSteps.shellWord(job.path("defaults").path("run").path("shell").asText(""));
        if (declared.isEmpty()) {
            declared = workflowShell.orElse("");
        }
        if (declared.isEmpty()) {
            // GitHub's default: bash on Linux and macOS runners, PowerShell on Windows ones
            return GitHubMatrix.text(job.path("runs-on")).toLowerCase().contains("windows") ? "pwsh" : "bash";
        }
        if (!List.of("sh", "bash", "pwsh", "cmd").contains(declared)) {
            notes.add("job shell " + declared, "is not a shell Pipewright runs (sh, bash, pwsh, cmd); bash is used");
            return "bash";
        }
        return declared;
    }

    private Optional<String> workingDirectory(JsonNode job) {
        return GitHubSteps.nonEmpty(job.path("defaults").path("run").path("working-directory").asText(null))
                .or(() -> workflowWorkingDirectory);
    }

    private Optional<BigDecimal> timeout(JsonNode job, String where) {
        JsonNode t = job.path("timeout-minutes");
        if (t.isNumber() && t.decimalValue().signum() > 0) {
            return Optional.of(t.decimalValue());
        }
        if (!t.isMissingNode()) {
            notes.add(where, "timeout-minutes '" + GitHubMatrix.text(t) + "' is not a number of minutes; left out");
        }
        return Optional.empty();
    }

    private Optional<CiJob.Gate> gate(JsonNode job, String jobId) {
        JsonNode environment = job.path("environment");
        if (environment.isMissingNode() || environment.isNull()) {
            return Optional.empty();
        }
        String name = environment.isTextual() ? environment.asText() : environment.path("name").asText("environment");
        Optional<String> url = GitHubSteps.nonEmpty(environment.path("url").asText(null));
        notes.add("job " + jobId, "deploys to the environment '" + name + "': imported as the Manual approval "
                + "approve-" + jobId + " before it (a job of its own in an export), since on GitHub an environment's required reviewers hold the job until approved");
        return Optional.of(new CiJob.Gate("approve-" + jobId, Optional.of("Approve deploying to " + name + " ("
                + jobId + ")."), url));
    }

    private static ActionCategory category(String jobId, JsonNode job) {
        String words = (jobId + " " + job.path("name").asText("")).toLowerCase();
        return words.contains("test") ? ActionCategory.TEST : ActionCategory.BUILD;
    }

    private static Optional<List<GitHubMatrix.Combination>> combinations(JsonNode job) {
        JsonNode matrix = job.path("strategy").path("matrix");
        return matrix.isMissingNode() ? Optional.empty() : GitHubMatrix.expand(matrix);
    }

    private static String key(String jobId, GitHubMatrix.Combination combo) {
        return jobId + " " + new LinkedHashMap<>(combo.values());
    }
}
