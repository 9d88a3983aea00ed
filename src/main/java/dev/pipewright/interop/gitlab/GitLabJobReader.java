package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.CiJob;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.OutputArtifact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one resolved GitLab job into one {@link CiJob} per parallel copy. */
final class GitLabJobReader {

    private static final Map<String, String> NOTED_KEYS = notedKeys();
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(h|hr|hrs|hours?|m|min|mins|minutes?|s|sec|seconds?)\\b");

    /** What the reader knows about the whole file. */
    record Context(List<String> stages, Map<String, ObjectNode> jobs, Map<String, List<String>> keysByJob,
                   Map<String, String> globalEnvironment, Notes notes) {
    }

    private final Context context;

    GitLabJobReader(Context context) {
        this.context = context;
    }

    static List<String> keysOf(String name, JsonNode job) {
        return GitLabMatrix.expand(job.path("parallel"))
                .map(all -> all.stream().map(v -> key(name, v)).toList()).orElse(List.of(name));
    }

    List<CiJob> read(String name, ObjectNode job, int line) {
        Notes notes = context.notes();
        String where = "job " + name + (line > 0 ? " (line " + line + ")" : "");
        noteKeys(job, where);
        Optional<List<Map<String, String>>> copies = GitLabMatrix.expand(job.path("parallel"));
        if (job.has("parallel") && copies.isEmpty()) {
            notes.add(where, "its parallel setting " + job.get("parallel") + " is left out: one action runs");
        }
        if (copies.isPresent()) {
            notes.add(where, "its parallel matrix is imported as " + copies.get().size() + " parallel actions, one per "
                    + "copy; an export writes one job per copy");
        }
        var result = new ArrayList<CiJob>();
        for (Map<String, String> copy : copies.orElse(List.of(Map.of()))) {
            String key = copies.isPresent() ? key(name, copy) : name;
            String actionName = copies.isPresent() ? name + "-" + String.join("-", copy.values()) : name;
            result.add(copy(name, key, actionName, where, job, copy));
        }
        return result;
    }

    private CiJob copy(String name, String key, String actionName, String where, ObjectNode job,
                       Map<String, String> matrix) {
        Notes notes = context.notes();
        var commands = new ArrayList<String>();
        List<String> before = GitLabConfig.lines(job.path("before_script"));
        List<String> script = GitLabConfig.lines(job.path("script"));
        List<String> after = GitLabConfig.lines(job.path("after_script"));
        if (!before.isEmpty()) {
            commands.add("# before_script");
            commands.addAll(before);
            commands.add("# script");
        }
        commands.addAll(script);
        if (!after.isEmpty()) {
            commands.add("# after_script (on GitLab it runs even when the script fails; here only after success)");
            commands.addAll(after);
        }
        if (job.has("trigger")) {
            commands.add("echo 'This job triggers another pipeline " + GitLabImporterText.oneLine(job.get("trigger").toString())
                    .replace("'", "") + " on GitLab.'");
            notes.add(where, "triggers another pipeline (" + GitLabImporterText.oneLine(job.get("trigger").toString())
                    + "): imported as an action that only says so; import that pipeline too and use a Pipeline "
                    + "invoke action");
        } else if (script.isEmpty()) {
            commands.add("echo 'This job has no script in this file.'");
            notes.add(where, "has no script in this file (it probably comes from an included template, which is not "
                    + "fetched): imported as an action that only says so");
        }
        var environment = new TreeMap<String, String>(context.globalEnvironment());
        job.path("variables").properties().forEach(e -> environment.put(e.getKey(), variableValue(e.getValue())));
        environment.putAll(matrix);
        boolean repository = !"none".equals(environment.get("GIT_STRATEGY"));
        if (environment.values().stream().anyMatch(v -> v.contains("$") && !v.contains("#{"))) {
            notes.add(where, "variable values that use other variables ($NAME) are passed as written: the shell "
                    + "does not expand environment values");
        }
        var reports = new ArrayList<String>();
        JsonNode artifacts = job.path("artifacts");
        artifacts.path("reports").path("junit").forEach(r -> reports.add(r.asText()));
        if (artifacts.path("reports").path("junit").isTextual()) {
            reports.add(artifacts.path("reports").path("junit").asText());
        }
        var outputs = new ArrayList<OutputArtifact>();
        var paths = new ArrayList<String>();
        artifacts.path("paths").forEach(p -> paths.add(dev.pipewright.interop.jobs.ArtifactPaths.globOf(p.asText())));
        if (!paths.isEmpty()) {
            outputs.add(new OutputArtifact(artifactName(key), paths));
        }
        if (artifacts.path("reports").has("dotenv")) {
            notes.add(where, "its dotenv report is kept in x-gitlab: write NAME=value lines to $PIPEWRIGHT_OUTPUT and refer "
                    + "to them as #{namespace.NAME}");
        }
        for (String field : List.of("exclude", "untracked", "expire_in", "when", "expose_as", "name")) {
            if (artifacts.has(field)) {
                notes.add(where, "artifacts:" + field + " is kept in x-gitlab: Pipewright keeps each artifact of a run with "
                        + "the run, as the paths select it");
            }
        }
        ObjectNode kept = Unmapped.of(job, mappedJobKeys(job, timeout(job, null).isPresent()));
        if (!kept.isEmpty() && key.equals(keysOf(name, job).get(0))) {
            notes.add(where, "its " + Unmapped.names(kept) + " are kept in x-gitlab and written back on export");
        }
        if (matrix.isEmpty()) {
            kept.put(GitLabKept.JOB_NAME, name);
        }
        Needs needs = needs(name, job, where);
        ActionCategory category = name.toLowerCase().contains("test") || !reports.isEmpty()
                ? ActionCategory.TEST : ActionCategory.BUILD;
        int stage = stageIndex(job, where);
        return new CiJob(key, name, actionName, where, Optional.of(stage), needs.keys(), job.has("needs"), category,
                commands, Optional.of("bash"), Optional.empty(), environment, timeout(job, where),
                gate(name, job, where), repository, needs.artifacts(), outputs, reports, Optional.empty(),
                kept.isEmpty() ? Map.of() : Map.of(GitLabImporter.EXTENSION, kept.toString()));
    }

    /**
     * The job keys the import maps onto an action (what it runs, its stage, needs, variables, the
     * artifact paths and JUnit reports, a timeout it understands, a matrix) and the ones it resolves
     * (extends, inherit); the rest is kept in x-gitlab.
     */
    static java.util.Set<String> mappedJobKeys(JsonNode job, boolean timeoutUnderstood) {
        var mapped = new java.util.HashSet<>(List.of("script", "before_script", "after_script", "stage", "needs",
                "dependencies", "variables", "extends", "inherit", "artifacts.paths", "artifacts.reports.junit",
                "parallel.matrix"));
        if (timeoutUnderstood) {
            mapped.add("timeout");
        }
        return mapped;
    }

    private record Needs(List<String> keys, List<String> artifacts) {
    }

    /** The jobs it needs, and the artifacts it takes: from needs, else dependencies, else all earlier stages. */
    private Needs needs(String name, ObjectNode job, String where) {
        Notes notes = context.notes();
        var keys = new ArrayList<String>();
        var artifacts = new ArrayList<String>();
        int myStage = stageIndex(job, null);
        if (job.has("needs")) {
            for (JsonNode need : job.path("needs")) {
                String other = need.isTextual() ? need.asText() : need.path("job").asText(null);
                if (other == null) {
                    notes.add(where, "a need on " + GitLabImporterText.oneLine(need.toString()) + " (another "
                            + "pipeline or project) is left out");
                    continue;
                }
                List<String> otherKeys = context.keysByJob().get(other);
                if (otherKeys == null) {
                    notes.add(where, "needs " + other + ", which is not a job of this file; left out");
                    continue;
                }
                if (need.has("parallel")) {
                    notes.add(where, "needs only some matrix copies of " + other + "; here it waits for all of them");
                }
                keys.addAll(otherKeys);
                if (!need.has("artifacts") || need.path("artifacts").asBoolean(true)) {
                    artifacts.addAll(artifactsOf(other));
                }
            }
        } else if (job.has("dependencies")) {
            job.path("dependencies").forEach(d -> artifacts.addAll(artifactsOf(d.asText())));
        } else {
            context.jobs().forEach((other, otherJob) -> {
                if (!other.equals(name) && stageIndex(otherJob, null) < myStage) {
                    artifacts.addAll(artifactsOf(other));
                }
            });
        }
        return new Needs(keys, artifacts);
    }

    private List<String> artifactsOf(String job) {
        ObjectNode other = context.jobs().get(job);
        if (other == null || !other.path("artifacts").path("paths").isArray() || other.path("artifacts").path("paths").isEmpty()) {
            return List.of();
        }
        return context.keysByJob().getOrDefault(job, List.of()).stream().map(GitLabJobReader::artifactName).toList();
    }

    /** Artifacts are named after their job: GitLab's have no names of their own, so cleaning them up is no news. */
    private static String artifactName(String key) {
        String name = key.replaceAll("[^A-Za-z0-9_\\-]+", "-").replaceAll("^-+|-+$", "");
        return name.length() > 100 ? name.substring(0, 100) : name.isEmpty() ? "artifact" : name;
    }

    int stageIndex(JsonNode job, String where) {
        String stage = job.path("stage").asText("test");
        int index = context.stages().indexOf(stage);
        if (index < 0) {
            if (where != null) {
                context.notes().add(where, "its stage '" + stage + "' is not listed in stages; it runs in '"
                        + (context.stages().contains("test") ? "test" : context.stages().get(0)) + "'");
            }
            index = Math.max(0, context.stages().indexOf("test"));
        }
        return index;
    }

    private Optional<CiJob.Gate> gate(String name, ObjectNode job, String where) {
        boolean manual = "manual".equals(job.path("when").asText());
        boolean manualByRule = false;
        for (JsonNode rule : job.path("rules")) {
            manualByRule |= "manual".equals(rule.path("when").asText());
        }
        String when = job.path("when").asText("on_success");
        if (!manual && !when.equals("on_success")) {
            context.notes().add(where, "when: " + when + " is left out: here the job runs when the jobs before it "
                    + "have succeeded");
        }
        if (!manual && !manualByRule) {
            return Optional.empty();
        }
        if (!job.path("allow_failure").isBoolean() || job.path("allow_failure").asBoolean()) {
            context.notes().add(where, "is a manual job that GitLab lets the pipeline pass by (allow_failure is not "
                    + "false); here its approval blocks the run until someone decides");
        }
        Optional<String> link = Optional.ofNullable(job.path("environment").path("url").asText(null));
        String message = job.path("manual_confirmation").asText("Run " + name + "?");
        return Optional.of(new CiJob.Gate("approve-" + name, Optional.of(message), link));
    }

    /** @param where for the report; null to say nothing */
    private Optional<BigDecimal> timeout(JsonNode job, String where) {
        if (!job.has("timeout")) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(job.path("timeout").asText());
        BigDecimal minutes = BigDecimal.ZERO;
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1));
            minutes = minutes.add(switch (m.group(2).charAt(0)) {
                case 'h' -> n.multiply(BigDecimal.valueOf(60));
                case 'm' -> n;
                default -> n.divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.UP);
            });
        }
        if (minutes.signum() == 0) {
            if (where == null) {
                return Optional.empty();
            }
            context.notes().add(where, "timeout '" + job.path("timeout").asText() + "' is not understood; left out");
            return Optional.empty();
        }
        return Optional.of(minutes.stripTrailingZeros());
    }

    private void noteKeys(ObjectNode job, String where) {
        job.fieldNames().forEachRemaining(field -> {
            if (field.equals("allow_failure") && job.get(field).isBoolean() && !job.get(field).asBoolean()) {
                return; // allow_failure: false is what Pipewright does anyway
            }
            String what = NOTED_KEYS.get(field);
            if (what != null) {
                context.notes().add(where, field + " " + what);
            }
        });
    }

    private static Map<String, String> notedKeys() {
        var keys = new LinkedHashMap<String, String>();
        keys.put("image", "is kept in x-gitlab: here the job runs directly on this machine, not in a container");
        keys.put("services", "are kept in x-gitlab but not started: start them yourself before running it here");
        keys.put("tags", "are kept in x-gitlab: they choose a GitLab runner; here the job runs on this machine");
        keys.put("rules", "are kept in x-gitlab: here the job always runs");
        keys.put("only", "is kept in x-gitlab: here the job always runs");
        keys.put("except", "is kept in x-gitlab: here the job always runs");
        keys.put("cache", "is kept in x-gitlab: Pipewright does not cache between runs");
        keys.put("retry", "is kept in x-gitlab: retry a failed stage from Pipewright instead");
        keys.put("interruptible", "is kept in x-gitlab: the pipeline's execution mode decides what happens to older runs");
        keys.put("resource_group", "is kept in x-gitlab: choose the QUEUED execution mode for one run at a time");
        keys.put("environment", "is kept in x-gitlab: Pipewright has no deployment environments");
        keys.put("coverage", "is kept in x-gitlab: Pipewright does not read coverage from logs");
        keys.put("allow_failure", "is kept in x-gitlab: here a failing job fails the stage");
        keys.put("release", "is kept in x-gitlab: GitLab releases exist only on GitLab");
        keys.put("pages", "is kept in x-gitlab: GitLab Pages exist only on GitLab");
        keys.put("id_tokens", "are kept in x-gitlab: they exist only on GitLab");
        keys.put("secrets", "are kept in x-gitlab: give secret pipeline variables instead");
        keys.put("hooks", "are kept in x-gitlab");
        keys.put("inherit", "is applied while reading; it is not kept");
        keys.put("start_in", "is kept in x-gitlab: a delayed job runs at once here");
        return keys;
    }

    private static String variableValue(JsonNode value) {
        return value.isObject() ? value.path("value").asText("") : value.asText();
    }

    private static String key(String name, Map<String, String> copy) {
        return name + " " + copy;
    }
}
