package dev.pipewright.interop.gitlab;

import dev.pipewright.model.BuiltInProviders.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ActionSettings;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.ExportScripts;
import dev.pipewright.interop.jobs.GitSourceExport;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Writes one planned job. Each job works in {@code .pipewright/work} holding its first input
 * artifact, as a Pipewright action's working folder does; artifacts travel as folders under
 * {@code .pipewright/artifacts/}, output variables as a dotenv report.
 */
final class GitLabJobWriter {

    static final String ARTIFACTS = ".pipewright/artifacts/";
    private static final String WORK = "$CI_PROJECT_DIR/.pipewright/work";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final UnaryOperator<String> references;
    private final Notes notes;
    private final UnaryOperator<String> stageNames;

    GitLabJobWriter(UnaryOperator<String> references, Notes notes, UnaryOperator<String> stageNames) {
        this.references = references;
        this.notes = notes;
        this.stageNames = stageNames;
    }

    ObjectNode write(ExportPlan.Job planned, ExportPlan plan, boolean publishesOutputs) {
        Action action = planned.action();
        String where = "stage " + planned.stage().name() + ", action " + action.name();
        ObjectNode job = NODES.objectNode();
        job.put("stage", stageNames.apply(planned.stage().name()));
        if (!planned.needs().isEmpty()) {
            ArrayNode needs = job.putArray("needs");
            planned.needs().forEach(n -> needs.add(NODES.objectNode().put("job", n).put("artifacts", true)));
        }
        if (action.category() == ActionCategory.INVOKE && action.provider().equals(PipelineRun.ID)) {
            String file = value(action, PipelineRun.PIPELINE_FILE).replaceAll(".*[/\\\\]", "")
                    .replaceAll("\\.pipeline\\.json$|\\.json$", "");
            job.putObject("trigger").put("include", file + ".gitlab-ci.yml").put("strategy", "depend");
            notes.add(where, "runs the pipeline " + value(action, PipelineRun.PIPELINE_FILE) + ": export it as " + file
                    + ".gitlab-ci.yml in the repository; this job starts it as a child pipeline");
            return job;
        }
        if (action.category() != ActionCategory.SOURCE || clonesElsewhere(action)) {
            // a Pipewright action sees the repository only through artifacts: no checkout, as here
            job.putObject("variables").put("GIT_STRATEGY", "none");
        }
        String outputFile = "$CI_PROJECT_DIR/.pipewright/" + planned.id() + ".env";
        var scripts = new ExportScripts(ExportScripts::doubleQuoted, outputFile);
        var script = new ArrayList<String>();
        script.add("mkdir -p " + WORK + " && touch \"" + outputFile + "\"");
        script.add("export " + Shell.OUTPUT_FILE_VARIABLE + "=\"" + outputFile + "\"");
        for (int i = 0; i < action.inputArtifacts().size(); i++) {
            String input = action.inputArtifacts().get(i);
            String folder = "$CI_PROJECT_DIR/" + ARTIFACTS + input;
            script.add(i == 0 ? "cp -R \"" + folder + "/.\" " + WORK + "/"
                    : "export " + Shell.inputFolderVariable(input) + "=\"" + folder + "\"");
        }
        ObjectNode artifacts = NODES.objectNode();
        ArrayNode paths = NODES.arrayNode();
        switch (action.category().displayName() + "/" + action.provider()) {
            case "Source/LocalFolder" -> {
                String out = "\"$CI_PROJECT_DIR/" + ARTIFACTS + first(action.outputArtifacts()) + "\"";
                List<String> excludes = action.setting(LocalFolder.EXCLUDES).map(ActionSettings::list)
                        .orElse(List.of("**/.git", "**/.hg", "**/.svn"));
                script.addAll(scripts.folderSnapshot(value(action, LocalFolder.PATH), excludes, out));
                notes.add(where, "the Local folder '" + value(action, LocalFolder.PATH) + "' is read from the repository checkout: "
                        + "commit it; its Digest is a SHA-256 over the files but not the same value Pipewright computes");
            }
            case "Source/Git" -> gitSource(action, script, outputFile, where);
            case "Build/Shell", "Test/Shell" -> shell(action, script, artifacts, where, scripts);
            case "Approval/Manual" -> {
                job.put("when", "manual");
                job.put("allow_failure", false);
                script.add("echo " + ExportScripts.doubleQuoted(references.apply(ActionSettings.text(action, Manual.CUSTOM_DATA, "Approved."))
                        + action.setting(Manual.EXTERNAL_ENTITY_LINK).map(l -> " Review: " + references.apply(l.asText())).orElse("")));
                notes.add(where, "is a manual job that blocks the pipeline (allow_failure: false): anyone who may "
                        + "run jobs can approve it; protect it with a protected environment to choose approvers"
                        + (action.timeoutInMinutes().isPresent() ? "; the approval timeout does not carry over" : ""));
            }
            case "Deploy/Folder" -> {
                script.addAll(scripts.copyToFolder(inputFolder(action), value(action, Folder.TARGET),
                        action.setting(Folder.CLEAN).map(v -> v.asText().equals("true")).orElse(false)));
                notes.add(where, "copies into a folder of the runner, which is discarded when the job ends: copy "
                        + "somewhere lasting instead");
            }
            case "Deploy/Archive" -> {
                String target = value(action, Archive.TARGET);
                script.addAll(scripts.pack(inputFolder(action), target, ActionSettings.text(action, Archive.FORMAT, "zip")));
                paths.add(target);
                notes.add(where, "packs the archive on the runner and keeps it as the job's artifact");
            }
            case "Invoke/Http" -> {
                var headers = new TreeMap<String, String>();
                action.setting(Http.HEADERS).filter(ConfigValue.TextMap.class::isInstance).ifPresent(m ->
                        ((ConfigValue.TextMap) m).values().forEach((k, v) -> headers.put(k, references.apply(v))));
                script.addAll(scripts.httpRequest(ActionSettings.text(action, Http.METHOD, "GET"), value(action, Http.URL), headers,
                        value(action, Http.BODY), ActionSettings.text(action, Http.EXPECTED_STATUS, "2xx")));
                if (action.setting(Http.OUTPUT_VARIABLES).isPresent()) {
                    notes.add(where, "its output variables from JSON Pointers are left out: read them from "
                            + "response.body with jq");
                }
            }
            default -> {
                script.add("echo \"" + action.provider() + " has no GitLab equivalent\" >&2; exit 1");
                notes.add(where, "provider " + action.category() + "/" + action.provider() + " has no GitLab "
                        + "equivalent: the job fails with a message saying so");
            }
        }
        for (OutputArtifact output : action.outputArtifacts()) {
            paths.add(ARTIFACTS + output.name() + "/");
        }
        if (!paths.isEmpty()) {
            artifacts.set("paths", paths);
        }
        if (publishesOutputs) {
            action.namespace().ifPresent(ns -> script.add("sed -i -e 's/^\\([A-Za-z_][A-Za-z0-9_]*\\)=/"
                    + GitLabExporter.dotenvName(ns, "") + "\\1=/' \"" + outputFile + "\""));
            reports(artifacts).put("dotenv", ".pipewright/" + planned.id() + ".env");
        }
        ArrayNode scriptNode = job.putArray("script");
        script.forEach(scriptNode::add);
        if (!artifacts.isEmpty()) {
            job.set("artifacts", artifacts);
        }
        action.timeoutInMinutes().filter(t -> action.category() != ActionCategory.APPROVAL).ifPresent(t ->
                job.put("timeout", t.setScale(0, RoundingMode.CEILING).toPlainString() + " minutes"));
        GitLabKept.of(action.extensions()).ifPresent(kept -> writeBack(job, kept, where));
        var others = new ArrayList<>(action.extensions().keySet());
        others.remove(GitLabImporter.EXTENSION);
        if (!others.isEmpty()) {
            notes.add(where, "its " + String.join(", ", others) + " fields are not written: they are kept only in the "
                    + "Pipewright file");
        }
        return job;
    }

    /**
     * The job keys a GitLab import kept go back where they were (image, tags, rules, when, cache,
     * environment, the artifacts' expiry...), winning over what the export chose; a job that
     * triggers another pipeline has no script there.
     */
    private void writeBack(ObjectNode job, com.fasterxml.jackson.databind.JsonNode kept, String where) {
        ObjectNode keys = kept.deepCopy();
        keys.remove(GitLabKept.JOB_NAME);
        dev.pipewright.interop.jobs.Unmapped.writeBack(job, keys, true);
        if (keys.has("trigger")) {
            job.remove(List.of("script", "artifacts", "variables", "timeout"));
            notes.add(where, "triggers another pipeline again, as the imported file did; its commands are not written");
        }
    }

    private void shell(Action action, List<String> script, ObjectNode artifacts, String where, ExportScripts scripts) {
        String shell = ActionSettings.text(action, Shell.SHELL, "");
        if (shell.equals("pwsh") || shell.equals("cmd")) {
            notes.add(where, "its commands are for " + shell + ", but GitLab runs a job's script with the runner's "
                    + "shell (bash or sh on Linux runners): use a runner with that shell, or rewrite them");
        }
        String directory = action.setting(Shell.WORKING_DIRECTORY).map(d -> WORK + "/" + references.apply(d.asText())).orElse(WORK);
        script.add("cd \"" + directory + "\"");
        action.setting(Shell.ENVIRONMENT).filter(ConfigValue.TextMap.class::isInstance).ifPresent(m ->
                ((ConfigValue.TextMap) m).values().forEach((k, v) -> script.add("export " + k + "="
                        + ExportScripts.doubleQuoted(references.apply(v)))));
        // one block, so that commands spanning lines (if, for, here-documents) stay whole
        script.add(references.apply(action.setting(Shell.COMMANDS).map(ConfigValue::asText).orElse("")));
        if (!directory.equals(WORK)) {
            // Pipewright picks output files and test reports from the action's working folder, not its working directory
            script.add("cd \"" + WORK + "\"");
        }
        for (OutputArtifact output : action.outputArtifacts()) {
            script.addAll(scripts.pickFiles(output.files(), "\"$CI_PROJECT_DIR/" + ARTIFACTS + output.name() + "\""));
        }
        if (action.category() == ActionCategory.TEST) {
            List<String> reports = action.setting(Shell.REPORTS).map(ActionSettings::list).orElse(List.of("**/TEST-*.xml"));
            ArrayNode junit = reports(artifacts).putArray("junit");
            String base = WORK.replace("$CI_PROJECT_DIR/", "");
            reports.forEach(r -> junit.add(base + "/" + r));
            artifacts.put("when", "always");
        }
    }

    /** A Git source that clones another repository needs no checkout of this one. */
    private boolean clonesElsewhere(Action action) {
        String url = value(action, Git.URL);
        return action.provider().equals(GitSourceExport.GIT) && !GitSourceExport.isOwnRepository(url)
                && !GitSourceExport.isRelativeFolder(url);
    }

    private void gitSource(Action action, List<String> script, String outputFile, String where) {
        var git = new GitSourceExport(ExportScripts::doubleQuoted, outputFile, true, references);
        String url = value(action, Git.URL);
        String into = "\"$CI_PROJECT_DIR/" + ARTIFACTS + first(action.outputArtifacts()) + "\"";
        if (GitSourceExport.isOwnRepository(url)) {
            script.addAll(git.ownCheckout(action, "\"$CI_PROJECT_DIR\"", "\"${CI_COMMIT_BRANCH:-}\"",
                    "\"$CI_PROJECT_NAME\"", into));
            notes.add(where, "its url '" + url + "' is the repository itself: the job copies the commit GitLab runs the "
                    + "pipeline for; its branch, tag or commit setting does not choose the commit there"
                    + (action.setting(GitSourceExport.SUBMODULES).map(v -> v.asText().equals("true")).orElse(false)
                    ? "; submodules are left out: set GIT_SUBMODULE_STRATEGY to recursive" : ""));
        } else {
            script.addAll(git.clone(action, url, "$CI_PROJECT_DIR", into));
            notes.add(where, "clones " + url + " in the job; its CommitMessage is the first line of the message, "
                    + "as a dotenv value is one line"
                    + (GitSourceExport.isRelativeFolder(url) ? "; '" + url + "' is a folder next to the pipeline file, "
                    + "read from the repository checkout (where a nested repository is not committed): use the "
                    + "repository's address" : ""));
        }
        if (action.setting(GitSourceExport.TOKEN_ENV).or(() -> action.setting(GitSourceExport.TOKEN)).isPresent()) {
            notes.add(where, "its token does not carry over: give the job access to the repository (a deploy token "
                    + "in a masked CI/CD variable, or the runner's credentials)");
        }
    }

    private static ObjectNode reports(ObjectNode artifacts) {
        return artifacts.get("reports") instanceof ObjectNode reports ? reports : artifacts.putObject("reports");
    }

    private static String inputFolder(Action action) {
        return "\"$CI_PROJECT_DIR/" + ARTIFACTS + (action.inputArtifacts().isEmpty() ? "none" : action.inputArtifacts().get(0)) + "\"";
    }

    private static String first(List<OutputArtifact> outputs) {
        return outputs.isEmpty() ? "source" : outputs.get(0).name();
    }

    private String value(Action action, String key) {
        return references.apply(action.setting(key).map(ConfigValue::asText).orElse(""));
    }

}
