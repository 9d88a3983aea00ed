package dev.pipewright.interop.github;

import dev.pipewright.model.BuiltInProviders.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ActionSettings;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.ExportScripts;
import dev.pipewright.interop.jobs.GitSourceExport;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Writes one planned job: the steps that do on GitHub what the action's provider does here. */
final class GitHubJobWriter {

    static final String CHECKOUT = "actions/checkout@v4";
    static final String UPLOAD = "actions/upload-artifact@v4";
    static final String DOWNLOAD = "actions/download-artifact@v4";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ExportScripts SCRIPTS = new ExportScripts(ExportScripts::singleQuoted, "$GITHUB_OUTPUT");

    private final UnaryOperator<String> references;
    private final Set<String> artifactNames;
    private final Set<String> jobIds;
    private final Notes notes;

    /** @param references rewrites {@code #{...}} references of a text into GitHub expressions */
    GitHubJobWriter(UnaryOperator<String> references, Set<String> artifactNames, Set<String> jobIds, Notes notes) {
        this.references = references;
        this.artifactNames = artifactNames;
        this.jobIds = jobIds;
        this.notes = notes;
    }

    ObjectNode write(ExportPlan.Job planned, Set<String> publishedOutputs) {
        Action action = planned.action();
        String where = "stage " + planned.stage().name() + ", action " + action.name();
        ObjectNode job = NODES.objectNode();
        job.put("name", planned.stage().name() + " / " + action.name());
        if (!planned.needs().isEmpty()) {
            ArrayNode needs = job.putArray("needs");
            planned.needs().forEach(needs::add);
        }
        if (action.category() == ActionCategory.INVOKE && action.provider().equals(PipelineRun.ID)) {
            return callWorkflow(job, action, where);
        }
        String shell = ActionSettings.text(action, Shell.SHELL, "");
        job.put("runs-on", shell.equals("cmd") ? "windows-latest" : "ubuntu-latest");
        action.timeoutInMinutes().filter(t -> action.category() != ActionCategory.APPROVAL)
                .ifPresent(t -> job.put("timeout-minutes", t.setScale(0, RoundingMode.CEILING).intValueExact()));
        if (!publishedOutputs.isEmpty()) {
            ObjectNode outputs = job.putObject("outputs");
            publishedOutputs.forEach(k -> outputs.put(k, "${{ steps.run.outputs." + k + " }}"));
        }
        ArrayNode steps = job.putArray("steps");
        Optional<JsonNode> kept = kept(action);
        Optional<ArrayNode> rebuilt = kept.filter(k -> action.provider().equals(Shell.ID)).flatMap(k ->
                GitHubKeptSteps.rebuild(commandLines(action), k.path("steps"), references));
        if (rebuilt.isPresent()) {
            steps.addAll(rebuilt.get());
            action.setting(Shell.WORKING_DIRECTORY).ifPresent(d -> job.putObject("defaults").putObject("run")
                    .put("working-directory", references.apply(d.asText())));
            publishFromKeptSteps(job, kept.get(), rebuilt.get(), publishedOutputs);
        } else switch (action.category().displayName() + "/" + action.provider()) {
            case "Source/LocalFolder" -> source(steps, action);
            case "Source/Git" -> gitSource(steps, action, where);
            case "Build/Shell", "Test/Shell" -> shell(steps, action, shell, planned.id(), where);
            case "Approval/Manual" -> approval(job, steps, action, where);
            case "Deploy/Folder" -> deploy(steps, action, SCRIPTS.copyToFolder(inputDir(action), value(action, Folder.TARGET),
                    action.setting(Folder.CLEAN).map(v -> v.asText().equals("true")).orElse(false)), where,
                    "copies into a folder of the runner, which is discarded when the job ends: copy somewhere "
                            + "lasting (a server, a release, an artifact) instead");
            case "Deploy/Archive" -> {
                String target = value(action, Archive.TARGET);
                deploy(steps, action, SCRIPTS.pack(inputDir(action), target, ActionSettings.text(action, Archive.FORMAT, "zip")), where,
                        "packs the archive on the runner; it is also uploaded as the artifact '" + planned.id()
                                + "-archive' so that it outlives the job");
                steps.add(upload(planned.id() + "-archive", target));
            }
            case "Invoke/Http" -> http(steps, action, where);
            default -> {
                notes.add(where, "provider " + action.category() + "/" + action.provider() + " has no GitHub "
                        + "equivalent: the job fails with a message saying so");
                steps.add(run("echo '::error::" + action.provider() + " has no GitHub equivalent' && exit 1"));
            }
        }
        kept.ifPresent(k -> writeBack(job, k, rebuilt.isPresent(), where));
        if (rebuilt.isPresent()) {
            restoreNeeds(job, kept.get(), planned, where);
        }
        var others = new ArrayList<>(action.extensions().keySet());
        others.remove(GitHubImporter.EXTENSION);
        if (!others.isEmpty()) {
            notes.add(where, "its " + String.join(", ", others) + " fields are not written: they are kept only in the "
                    + "Pipewright file");
        }
        return job;
    }

    /** What a GitHub import kept of the job, as written in x-github. */
    private static Optional<JsonNode> kept(Action action) {
        return Unmapped.read(action.extensions().get(GitHubImporter.EXTENSION));
    }

    /**
     * The job keys a GitHub import kept go back where they were: the runner, condition, services,
     * environment... win over what the export chose; a reusable workflow's job has no steps or runner.
     */
    private void writeBack(ObjectNode job, JsonNode kept, boolean stepsRebuilt, String where) {
        ObjectNode keys = kept.deepCopy();
        keys.remove(List.of("steps", "outputs", "needs"));
        if (keys.path("strategy").isObject() && !keys.path("strategy").has("matrix")) {
            notes.add(where, "its strategy " + Unmapped.names(keys.path("strategy")) + " is not written back: each "
                    + "matrix combination is a job of its own");
            keys.remove("strategy");
        }
        Unmapped.writeBack(job, keys, true);
        if (keys.has("uses")) {
            job.remove(List.of("steps", "runs-on", "timeout-minutes"));
        }
        if (!stepsRebuilt && kept.path("steps").isArray()
                && java.util.stream.StreamSupport.stream(kept.path("steps").spliterator(), false).anyMatch(JsonNode::isObject)
                && !keys.has("uses")) {
            notes.add(where, "its commands were changed since the import, so the steps it kept (uses steps among "
                    + "them) are not written back: add them by hand");
        }
    }

    /**
     * A job given back with its own steps (its checkout and artifact steps among them) needs what
     * the imported job needed, as long as those jobs are all still there: not every job of the stage
     * before, which is how a Pipewright stage waits.
     */
    private void restoreNeeds(ObjectNode job, JsonNode kept, ExportPlan.Job planned, String where) {
        JsonNode declared = kept.path("needs");
        var needs = new java.util.LinkedHashSet<String>();
        for (JsonNode need : declared.isArray() ? declared : NODES.arrayNode().add(declared)) {
            if (need.isMissingNode() || need.isNull()) {
                continue;
            }
            String id = need.asText();
            // a matrix job became one job per combination, named after it
            List<String> ids = jobIds.contains(id) ? List.of(id)
                    : jobIds.stream().filter(j -> j.startsWith(id + "-")).sorted().toList();
            if (ids.isEmpty()) {
                return;
            }
            needs.addAll(ids);
        }
        if (needs.equals(new java.util.LinkedHashSet<>(planned.needs()))) {
            return;
        }
        job.remove("needs");
        if (!needs.isEmpty()) {
            ArrayNode written = NODES.arrayNode();
            needs.forEach(written::add);
            ObjectNode rest = job.deepCopy();
            job.removeAll();
            rest.properties().forEach(e -> {
                job.set(e.getKey(), e.getValue());
                if (e.getKey().equals("name")) {
                    job.set("needs", written);
                }
            });
        }
        notes.add(where, "needs " + (needs.isEmpty() ? "no job" : String.join(", ", needs)) + " as the imported job "
                + "did, not " + String.join(", ", planned.needs()) + ": it checks out and downloads for itself, and on "
                + "GitHub it may start before the rest of the stage before it");
    }

    /** With the job's own steps given back, its outputs name those steps again, as the import found them. */
    private static void publishFromKeptSteps(ObjectNode job, JsonNode kept, ArrayNode steps, Set<String> published) {
        job.remove("outputs");
        ObjectNode outputs = NODES.objectNode();
        kept.path("outputs").properties().forEach(e -> outputs.set(e.getKey(), e.getValue().deepCopy()));
        String firstId = java.util.stream.StreamSupport.stream(steps.spliterator(), false)
                .filter(s -> s.has("id") && s.has("run")).map(s -> s.get("id").asText()).findFirst().orElse("run");
        for (String key : published) {
            if (outputs.has(key)) {
                continue;
            }
            String fed = "${{ steps." + firstId + ".outputs." + key + " }}";
            for (var e : kept.path("outputs").properties()) {
                if (e.getValue().asText().matches("\\$\\{\\{\\s*steps\\.[A-Za-z0-9_-]+\\.outputs\\."
                        + java.util.regex.Pattern.quote(key) + "\\s*}}")) {
                    fed = e.getValue().asText();
                }
            }
            outputs.put(key, fed);
        }
        if (!outputs.isEmpty()) {
            job.set("outputs", outputs);
        }
        // outputs come before steps, as people write them
        JsonNode stepsNode = job.remove("steps");
        job.set("steps", stepsNode);
    }

    private static List<String> commandLines(Action action) {
        return action.setting(Shell.COMMANDS).map(ActionSettings::list).orElse(List.of()).stream()
                .flatMap(String::lines).toList();
    }

    private void source(ArrayNode steps, Action action) {
        steps.add(NODES.objectNode().put("uses", CHECKOUT));
        String artifact = action.outputArtifacts().isEmpty() ? "source" : action.outputArtifacts().get(0).name();
        String into = "\"$RUNNER_TEMP/out/" + artifact + "\"";
        List<String> excludes = action.setting(LocalFolder.EXCLUDES).map(ActionSettings::list)
                .orElse(List.of("**/.git", "**/.hg", "**/.svn"));
        steps.add(run(String.join("\n", SCRIPTS.folderSnapshot(references.apply(value(action, LocalFolder.PATH)), excludes, into)))
                .put("id", "run").put("shell", "bash"));
        notes.add("action " + action.name(), "the Local folder '" + value(action, LocalFolder.PATH) + "' is read from the "
                + "repository checkout: commit it; its Digest is a SHA-256 over the files but not the same value "
                + "Pipewright computes");
        steps.add(upload(artifact, "${{ runner.temp }}/out/" + artifact));
    }

    private void gitSource(ArrayNode steps, Action action, String where) {
        var git = new GitSourceExport(ExportScripts::singleQuoted, "$GITHUB_OUTPUT", false, references);
        String url = value(action, Git.URL);
        String artifact = action.outputArtifacts().isEmpty() ? "source" : action.outputArtifacts().get(0).name();
        String into = "\"$RUNNER_TEMP/out/" + artifact + "\"";
        List<String> script;
        if (GitSourceExport.isOwnRepository(url)) {
            ObjectNode checkout = NODES.objectNode().put("uses", CHECKOUT);
            if (action.setting(GitSourceExport.SUBMODULES).map(v -> v.asText().equals("true")).orElse(false)) {
                checkout.putObject("with").put("submodules", "recursive");
            }
            steps.add(checkout);
            script = git.ownCheckout(action, "\"$GITHUB_WORKSPACE\"",
                    "\"$([ \"$GITHUB_REF_TYPE\" = branch ] && echo \"$GITHUB_REF_NAME\")\"", "\"${GITHUB_REPOSITORY#*/}\"", into);
            notes.add(where, "its url '" + url + "' is the repository itself: the job checks out the commit the "
                    + "workflow runs for; its branch, tag or commit setting does not choose the commit there");
        } else {
            if (GitSourceExport.isRelativeFolder(url)) {
                steps.add(NODES.objectNode().put("uses", CHECKOUT));
                notes.add(where, "'" + url + "' is a folder next to the pipeline file, read from the repository "
                        + "checkout (where a nested repository is not committed): use the repository's address");
            }
            script = git.clone(action, url, "$GITHUB_WORKSPACE", into);
            notes.add(where, "clones " + url + " in the job; CommitId, BranchName and the rest are the job's outputs");
        }
        if (action.setting(GitSourceExport.TOKEN_ENV).or(() -> action.setting(GitSourceExport.TOKEN)).isPresent()) {
            notes.add(where, "its token does not carry over: give the job access to the repository (a secret "
                    + "in the clone URL, or a deploy key)");
        }
        steps.add(run(String.join("\n", script)).put("id", "run").put("shell", "bash"));
        steps.add(upload(artifact, "${{ runner.temp }}/out/" + artifact));
    }

    private void shell(ArrayNode steps, Action action, String shell, String jobId, String where) {
        downloads(steps, action, ".");
        ObjectNode run = NODES.objectNode().put("id", "run");
        String commands = references.apply(action.setting(Shell.COMMANDS).map(ConfigValue::asText).orElse(""));
        if (commands.contains(Shell.OUTPUT_FILE_VARIABLE)) {
            String prelude = switch (shell) {
                case "pwsh" -> "$env:" + Shell.OUTPUT_FILE_VARIABLE + " = $env:GITHUB_OUTPUT";
                case "cmd" -> "set " + Shell.OUTPUT_FILE_VARIABLE + "=%GITHUB_OUTPUT%";
                default -> "export " + Shell.OUTPUT_FILE_VARIABLE + "=\"$GITHUB_OUTPUT\"";
            };
            commands = prelude + "\n" + commands;
        }
        if (!shell.isEmpty()) {
            run.put("shell", shell.equals("sh") ? "sh -e {0}" : shell);
        }
        action.setting(Shell.WORKING_DIRECTORY).ifPresent(d -> run.put("working-directory", references.apply(d.asText())));
        ObjectNode env = NODES.objectNode();
        action.setting(Shell.ENVIRONMENT).filter(ConfigValue.TextMap.class::isInstance)
                .ifPresent(m -> ((ConfigValue.TextMap) m).values().forEach((k, v) -> env.put(k, references.apply(v))));
        for (int i = 1; i < action.inputArtifacts().size(); i++) {
            String input = action.inputArtifacts().get(i);
            env.put(Shell.inputFolderVariable(input), "${{ runner.temp }}/in/" + input);
        }
        if (!env.isEmpty()) {
            run.set("env", env);
        }
        run.put("run", commands);
        steps.add(run);
        if (action.category() == ActionCategory.TEST) {
            List<String> reports = action.setting(Shell.REPORTS).map(ActionSettings::list).orElse(List.of("**/TEST-*.xml"));
            String name = jobId + "-test-reports";
            while (artifactNames.contains(name)) {
                name = name + "-x"; // an output artifact of the pipeline already has that name
            }
            ObjectNode upload = upload(name, String.join("\n", reports));
            upload.put("if-no-files-found", "ignore");
            steps.add(NODES.objectNode().put("name", "Keep the test reports").put("if", "always()")
                    .put("uses", UPLOAD).set("with", upload.get("with")));
            notes.add(where, "its JUnit reports are uploaded as the artifact '" + name + "'; GitHub "
                    + "does not count the tests by itself, and a failed test fails the job only through the exit code");
        }
        for (OutputArtifact output : action.outputArtifacts()) {
            String into = "\"$RUNNER_TEMP/out/" + output.name() + "\"";
            ObjectNode pick = run(String.join("\n", SCRIPTS.pickFiles(output.files(), into))).put("shell", "bash");
            // from the job's folder, not the working directory: Pipewright picks from the action's working folder
            pick.put("name", "Pick the files of " + output.name());
            steps.add(pick);
            steps.add(upload(output.name(), "${{ runner.temp }}/out/" + output.name()));
        }
    }

    private void approval(ObjectNode job, ArrayNode steps, Action action, String where) {
        ObjectNode environment = job.putObject("environment");
        environment.put("name", action.name());
        action.setting(Manual.EXTERNAL_ENTITY_LINK).ifPresent(l -> environment.put("url", references.apply(l.asText())));
        job.remove("steps");
        job.set("steps", steps);
        String message = references.apply(ActionSettings.text(action, Manual.CUSTOM_DATA, "Approved."));
        steps.add(run("echo " + ExportScripts.singleQuoted(message)));
        notes.add(where, "is a job in the environment '" + action.name() + "': add required reviewers to that "
                + "environment in the repository settings, or the job runs without waiting"
                + (action.timeoutInMinutes().isPresent() ? "; the approval timeout does not carry over (GitHub "
                + "waits up to 30 days)" : ""));
    }

    private void deploy(ArrayNode steps, Action action, List<String> script, String where, String note) {
        downloads(steps, action, "${{ runner.temp }}/in/" + first(action));
        steps.add(run(references.apply(String.join("\n", script))).put("id", "run").put("shell", "bash"));
        notes.add(where, note);
    }

    private void http(ArrayNode steps, Action action, String where) {
        var headers = new TreeMap<String, String>();
        action.setting(Http.HEADERS).filter(ConfigValue.TextMap.class::isInstance)
                .ifPresent(m -> ((ConfigValue.TextMap) m).values().forEach((k, v) -> headers.put(k, references.apply(v))));
        steps.add(run(String.join("\n", SCRIPTS.httpRequest(ActionSettings.text(action, Http.METHOD, "GET"), value(action, Http.URL), headers,
                value(action, Http.BODY), ActionSettings.text(action, Http.EXPECTED_STATUS, "2xx")))).put("id", "run").put("shell", "bash"));
        if (action.setting(Http.OUTPUT_VARIABLES).isPresent()) {
            notes.add(where, "its output variables from JSON Pointers are left out: read them from response.body "
                    + "with jq in a step of your own");
        }
    }

    private ObjectNode callWorkflow(ObjectNode job, Action action, String where) {
        String file = value(action, PipelineRun.PIPELINE_FILE).replaceAll(".*[/\\\\]", "").replaceAll("\\.pipeline\\.json$|\\.json$", "");
        job.put("uses", "./.github/workflows/" + file + ".yml");
        notes.add(where, "runs the pipeline " + value(action, PipelineRun.PIPELINE_FILE) + ": export it to .github/workflows/" + file
                + ".yml with 'on: workflow_call' added, which this job calls"
                + (action.setting(PipelineRun.VARIABLES).isPresent() ? "; its variables must become that workflow's inputs" : ""));
        return job;
    }

    private void downloads(ArrayNode steps, Action action, String firstPath) {
        for (int i = 0; i < action.inputArtifacts().size(); i++) {
            String input = action.inputArtifacts().get(i);
            ObjectNode with = NODES.objectNode().put("name", input)
                    .put("path", i == 0 ? firstPath : "${{ runner.temp }}/in/" + input);
            steps.add(NODES.objectNode().put("uses", DOWNLOAD).set("with", with));
        }
    }

    private static String inputDir(Action action) {
        return "\"$RUNNER_TEMP/in/" + first(action) + "\"";
    }

    private static String first(Action action) {
        return action.inputArtifacts().isEmpty() ? "none" : action.inputArtifacts().get(0);
    }

    private static ObjectNode upload(String name, String path) {
        // hidden files are part of a Pipewright artifact too (upload-artifact leaves them out by default)
        ObjectNode with = NODES.objectNode().put("name", name).put("path", path).put("include-hidden-files", true);
        return NODES.objectNode().put("uses", UPLOAD).set("with", with);
    }

    private static ObjectNode run(String script) {
        return NODES.objectNode().put("run", script);
    }

    private String value(Action action, String key) {
        return references.apply(action.setting(key).map(ConfigValue::asText).orElse(""));
    }
}
