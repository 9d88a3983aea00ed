package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ExportJob;
import dev.pipewright.interop.jobs.ExportScripts;
import dev.pipewright.interop.jobs.GitSourceExport;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.OutputArtifact;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Renders the work of a neutral job as GitHub steps: artifacts come in with download-artifact
 * (the first into the job's folder) and go out with upload-artifact, output variables through
 * {@code $GITHUB_OUTPUT} from the step with id {@code run}.
 */
final class GitHubWork implements ExportJob.Renderer<Void> {

    static final String CHECKOUT = "actions/checkout@v4";
    static final String UPLOAD = "actions/upload-artifact@v4";
    static final String DOWNLOAD = "actions/download-artifact@v4";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ExportScripts SCRIPTS = new ExportScripts(ExportScripts::singleQuoted, "$GITHUB_OUTPUT");

    /**
     * The GitHub job being written.
     *
     * @param id         its job id
     * @param actionName the action's name (an approval's environment is named after it)
     */
    record Job(ObjectNode node, ArrayNode steps, ExportJob exported, String id, String actionName, String where) {
    }

    private final Job job;
    private final UnaryOperator<String> references;
    private final Set<String> artifactNames;
    private final Notes notes;

    GitHubWork(Job job, UnaryOperator<String> references, Set<String> artifactNames, Notes notes) {
        this.job = job;
        this.references = references;
        this.artifactNames = artifactNames;
        this.notes = notes;
    }

    @Override
    public Void folderSnapshot(ExportJob.FolderSnapshot work) {
        ArrayNode steps = job.steps();
        steps.add(NODES.objectNode().put("uses", CHECKOUT));
        String artifact = firstOutput();
        String into = "\"$RUNNER_TEMP/out/" + artifact + "\"";
        String path = references.apply(work.path());
        steps.add(run(String.join("\n", SCRIPTS.folderSnapshot(references.apply(path), work.excludes(), into)))
                .put("id", "run").put("shell", "bash"));
        notes.add("action " + job.actionName(), "the Local folder '" + references.apply(work.path()) + "' is read "
                + "from the repository checkout: commit it; its Digest is a SHA-256 over the files but not the same "
                + "value Pipewright computes");
        steps.add(upload(artifact, "${{ runner.temp }}/out/" + artifact));
        return null;
    }

    @Override
    public Void gitRepository(ExportJob.GitRepository work) {
        ArrayNode steps = job.steps();
        String where = job.where();
        var git = new GitSourceExport(ExportScripts::singleQuoted, "$GITHUB_OUTPUT", false, references);
        String url = references.apply(work.url());
        String artifact = firstOutput();
        String into = "\"$RUNNER_TEMP/out/" + artifact + "\"";
        List<String> script;
        if (GitSourceExport.isOwnRepository(url)) {
            ObjectNode checkout = NODES.objectNode().put("uses", CHECKOUT);
            if (work.submodules()) {
                checkout.putObject("with").put("submodules", "recursive");
            }
            steps.add(checkout);
            script = git.ownCheckout(work.source(), "\"$GITHUB_WORKSPACE\"",
                    "\"$([ \"$GITHUB_REF_TYPE\" = branch ] && echo \"$GITHUB_REF_NAME\")\"", "\"${GITHUB_REPOSITORY#*/}\"", into);
            notes.add(where, "its url '" + url + "' is the repository itself: the job checks out the commit the "
                    + "workflow runs for; its branch, tag or commit setting does not choose the commit there");
        } else {
            if (GitSourceExport.isRelativeFolder(url)) {
                steps.add(NODES.objectNode().put("uses", CHECKOUT));
                notes.add(where, "'" + url + "' is a folder next to the pipeline file, read from the repository "
                        + "checkout (where a nested repository is not committed): use the repository's address");
            }
            script = git.clone(work.source(), url, "$GITHUB_WORKSPACE", into);
            notes.add(where, "clones " + url + " in the job; CommitId, BranchName and the rest are the job's outputs");
        }
        if (work.hasToken()) {
            notes.add(where, "its token does not carry over: give the job access to the repository (a secret "
                    + "in the clone URL, or a deploy key)");
        }
        steps.add(run(String.join("\n", script)).put("id", "run").put("shell", "bash"));
        steps.add(upload(artifact, "${{ runner.temp }}/out/" + artifact));
        return null;
    }

    @Override
    public Void commands(ExportJob.Commands work) {
        ArrayNode steps = job.steps();
        String shell = work.shell();
        downloads(".");
        ObjectNode run = NODES.objectNode().put("id", "run");
        String commands = references.apply(work.text());
        if (commands.contains(ExportJob.OUTPUT_FILE_VARIABLE)) {
            String prelude = switch (shell) {
                case "pwsh" -> "$env:" + ExportJob.OUTPUT_FILE_VARIABLE + " = $env:GITHUB_OUTPUT";
                case "cmd" -> "set " + ExportJob.OUTPUT_FILE_VARIABLE + "=%GITHUB_OUTPUT%";
                default -> "export " + ExportJob.OUTPUT_FILE_VARIABLE + "=\"$GITHUB_OUTPUT\"";
            };
            commands = prelude + "\n" + commands;
        }
        if (!shell.isEmpty()) {
            run.put("shell", shell.equals("sh") ? "sh -e {0}" : shell);
        }
        work.workingDirectory().ifPresent(d -> run.put("working-directory", references.apply(d)));
        ObjectNode env = NODES.objectNode();
        work.environment().forEach((k, v) -> env.put(k, references.apply(v)));
        List<String> inputs = job.exported().inputArtifacts();
        for (int i = 0; i < inputs.size(); i++) {
            // every input's folder is named, the first one's too (it is downloaded into the workspace),
            // as Pipewright's Shell names it
            env.put(ExportJob.inputFolderVariable(inputs.get(i)),
                    i == 0 ? "${{ github.workspace }}" : "${{ runner.temp }}/in/" + inputs.get(i));
        }
        if (!env.isEmpty()) {
            run.set("env", env);
        }
        run.put("run", commands);
        steps.add(run);
        work.testReports().ifPresent(reports -> {
            String name = job.id() + "-test-reports";
            while (artifactNames.contains(name)) {
                name = name + "-x"; // an output artifact of the pipeline already has that name
            }
            ObjectNode upload = upload(name, String.join("\n", reports));
            upload.put("if-no-files-found", "ignore");
            steps.add(NODES.objectNode().put("name", "Keep the test reports").put("if", "always()")
                    .put("uses", UPLOAD).set("with", upload.get("with")));
            notes.add(job.where(), "its JUnit reports are uploaded as the artifact '" + name + "'; GitHub "
                    + "does not count the tests by itself, and a failed test fails the job only through the exit code");
        });
        for (OutputArtifact output : job.exported().outputArtifacts()) {
            String into = "\"$RUNNER_TEMP/out/" + output.name() + "\"";
            ObjectNode pick = run(String.join("\n", SCRIPTS.pickFiles(output.files(), into))).put("shell", "bash");
            // from the job's folder, not the working directory: Pipewright picks from the action's working folder
            pick.put("name", "Pick the files of " + output.name());
            steps.add(pick);
            steps.add(upload(output.name(), "${{ runner.temp }}/out/" + output.name()));
        }
        return null;
    }

    @Override
    public Void approvalGate(ExportJob.ApprovalGate work) {
        ObjectNode node = job.node();
        ObjectNode environment = node.putObject("environment");
        environment.put("name", job.actionName());
        work.link().ifPresent(l -> environment.put("url", references.apply(l)));
        // the environment comes before the steps, as people write them
        node.remove("steps");
        node.set("steps", job.steps());
        String message = references.apply(work.message());
        job.steps().add(run("echo " + ExportScripts.singleQuoted(message)));
        notes.add(job.where(), "is a job in the environment '" + job.actionName() + "': add required reviewers to "
                + "that environment in the repository settings, or the job runs without waiting"
                + (work.waitMinutes().isPresent() ? "; the approval timeout does not carry over (GitHub "
                + "waits up to 30 days)" : ""));
        return null;
    }

    @Override
    public Void copyToFolder(ExportJob.CopyToFolder work) {
        deploy(SCRIPTS.copyToFolder(inputDir(), references.apply(work.target()), work.clean()),
                "copies into a folder of the runner, which is discarded when the job ends: copy somewhere "
                        + "lasting (a server, a release, an artifact) instead");
        return null;
    }

    @Override
    public Void packArchive(ExportJob.PackArchive work) {
        String target = references.apply(work.target());
        deploy(SCRIPTS.pack(inputDir(), target, work.format()), "packs the archive on the runner; it is also "
                + "uploaded as the artifact '" + job.id() + "-archive' so that it outlives the job");
        job.steps().add(upload(job.id() + "-archive", target));
        return null;
    }

    @Override
    public Void httpRequest(ExportJob.HttpRequest work) {
        var headers = new TreeMap<String, String>();
        work.headers().forEach((k, v) -> headers.put(k, references.apply(v)));
        job.steps().add(run(String.join("\n", SCRIPTS.httpRequest(work.method(), references.apply(work.url()), headers,
                references.apply(work.body()), work.expectedStatus()))).put("id", "run").put("shell", "bash"));
        if (work.hasOutputVariables()) {
            notes.add(job.where(), "its output variables from JSON Pointers are left out: read them from "
                    + "response.body with jq in a step of your own");
        }
        return null;
    }

    @Override
    public Void childPipeline(ExportJob.ChildPipeline work) {
        throw new IllegalStateException("a child pipeline is a call of another workflow, written by GitHubJobWriter");
    }

    @Override
    public Void noEquivalent(ExportJob.NoEquivalent work) {
        notes.add(job.where(), "provider " + work.provider() + " has no GitHub equivalent (" + work.why() + "): the "
                + "job fails with a message saying so");
        job.steps().add(run("echo '::error::" + work.providerId() + " has no GitHub equivalent' && exit 1"));
        return null;
    }

    private void deploy(List<String> script, String note) {
        downloads("${{ runner.temp }}/in/" + firstInput());
        job.steps().add(run(references.apply(String.join("\n", script))).put("id", "run").put("shell", "bash"));
        notes.add(job.where(), note);
    }

    private void downloads(String firstPath) {
        List<String> inputs = job.exported().inputArtifacts();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            ObjectNode with = NODES.objectNode().put("name", input)
                    .put("path", i == 0 ? firstPath : "${{ runner.temp }}/in/" + input);
            job.steps().add(NODES.objectNode().put("uses", DOWNLOAD).set("with", with));
        }
    }

    private String inputDir() {
        return "\"$RUNNER_TEMP/in/" + firstInput() + "\"";
    }

    private String firstInput() {
        List<String> inputs = job.exported().inputArtifacts();
        return inputs.isEmpty() ? "none" : inputs.get(0);
    }

    private String firstOutput() {
        List<OutputArtifact> outputs = job.exported().outputArtifacts();
        return outputs.isEmpty() ? "source" : outputs.get(0).name();
    }

    static ObjectNode upload(String name, String path) {
        // hidden files are part of a Pipewright artifact too (upload-artifact leaves them out by default)
        ObjectNode with = NODES.objectNode().put("name", name).put("path", path).put("include-hidden-files", true);
        return NODES.objectNode().put("uses", UPLOAD).set("with", with);
    }

    private static ObjectNode run(String script) {
        return NODES.objectNode().put("run", script);
    }
}
