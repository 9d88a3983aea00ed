package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ExportJob;
import dev.pipewright.interop.jobs.ExportScripts;
import dev.pipewright.interop.jobs.GitSourceExport;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.OutputArtifact;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Renders the work of a neutral job as GitLab script lines, artifacts and reports, inside a job
 * that works in {@code .pipewright/work} holding its first input artifact.
 */
final class GitLabWork implements ExportJob.Renderer<Void> {

    private static final String WORK = GitLabJobWriter.WORK;
    private static final String ARTIFACTS = GitLabJobWriter.ARTIFACTS;

    /** The GitLab job being written and the parts of it that the work adds to. */
    record Job(ObjectNode node, ExportJob exported, List<String> script, ObjectNode artifacts, ArrayNode paths,
               String outputFile, String where) {
    }

    private final Job job;
    private final UnaryOperator<String> references;
    private final Notes notes;
    private final ExportScripts scripts;

    GitLabWork(Job job, UnaryOperator<String> references, Notes notes) {
        this.job = job;
        this.references = references;
        this.notes = notes;
        this.scripts = new ExportScripts(ExportScripts::doubleQuoted, job.outputFile());
    }

    @Override
    public Void folderSnapshot(ExportJob.FolderSnapshot work) {
        String out = "\"$CI_PROJECT_DIR/" + ARTIFACTS + first(job.exported().outputArtifacts()) + "\"";
        String path = references.apply(work.path());
        job.script().addAll(scripts.folderSnapshot(path, work.excludes(), out));
        notes.add(job.where(), "the Local folder '" + references.apply(work.path()) + "' is read from the repository "
                + "checkout: commit it; its Digest is a SHA-256 over the files but not the same value Pipewright computes");
        return null;
    }

    @Override
    public Void gitRepository(ExportJob.GitRepository work) {
        var git = new GitSourceExport(ExportScripts::doubleQuoted, job.outputFile(), true, references);
        String url = references.apply(work.url());
        String where = job.where();
        String into = "\"$CI_PROJECT_DIR/" + ARTIFACTS + first(job.exported().outputArtifacts()) + "\"";
        if (GitSourceExport.isOwnRepository(url)) {
            job.script().addAll(git.ownCheckout(work.source(), "\"$CI_PROJECT_DIR\"", "\"${CI_COMMIT_BRANCH:-}\"",
                    "\"$CI_PROJECT_NAME\"", into));
            notes.add(where, "its url '" + url + "' is the repository itself: the job copies the commit GitLab runs the "
                    + "pipeline for; its branch, tag or commit setting does not choose the commit there"
                    + (work.submodules() ? "; submodules are left out: set GIT_SUBMODULE_STRATEGY to recursive" : ""));
        } else {
            job.script().addAll(git.clone(work.source(), url, "$CI_PROJECT_DIR", into));
            notes.add(where, "clones " + url + " in the job; its CommitMessage is the first line of the message, "
                    + "as a dotenv value is one line"
                    + (GitSourceExport.isRelativeFolder(url) ? "; '" + url + "' is a folder next to the pipeline file, "
                    + "read from the repository checkout (where a nested repository is not committed): use the "
                    + "repository's address" : ""));
        }
        if (work.hasToken()) {
            notes.add(where, "its token does not carry over: give the job access to the repository (a deploy token "
                    + "in a masked CI/CD variable, or the runner's credentials)");
        }
        return null;
    }

    @Override
    public Void commands(ExportJob.Commands work) {
        String shell = work.shell();
        List<String> script = job.script();
        if (shell.equals("pwsh") || shell.equals("cmd")) {
            notes.add(job.where(), "its commands are for " + shell + ", but GitLab runs a job's script with the "
                    + "runner's shell (bash or sh on Linux runners): use a runner with that shell, or rewrite them");
        }
        String directory = work.workingDirectory().map(d -> WORK + "/" + references.apply(d)).orElse(WORK);
        script.add("cd \"" + directory + "\"");
        work.environment().forEach((k, v) -> script.add("export " + k + "=" + ExportScripts.doubleQuoted(references.apply(v))));
        // one block, so that commands spanning lines (if, for, here-documents) stay whole
        script.add(references.apply(work.text()));
        if (!directory.equals(WORK)) {
            // Pipewright picks output files and test reports from the action's working folder, not its working directory
            script.add("cd \"" + WORK + "\"");
        }
        for (OutputArtifact output : job.exported().outputArtifacts()) {
            script.addAll(scripts.pickFiles(output.files(), "\"$CI_PROJECT_DIR/" + ARTIFACTS + output.name() + "\""));
        }
        work.testReports().ifPresent(reports -> {
            ArrayNode junit = reports(job.artifacts()).putArray("junit");
            String base = WORK.replace("$CI_PROJECT_DIR/", "");
            reports.forEach(r -> junit.add(base + "/" + r));
            job.artifacts().put("when", "always");
        });
        return null;
    }

    @Override
    public Void approvalGate(ExportJob.ApprovalGate work) {
        job.node().put("when", "manual");
        job.node().put("allow_failure", false);
        job.script().add("echo " + ExportScripts.doubleQuoted(references.apply(work.message())
                + work.link().map(l -> " Review: " + references.apply(l)).orElse("")));
        notes.add(job.where(), "is a manual job that blocks the pipeline (allow_failure: false): anyone who may "
                + "run jobs can approve it; protect it with a protected environment to choose approvers"
                + (work.waitMinutes().isPresent() ? "; the approval timeout does not carry over" : ""));
        return null;
    }

    @Override
    public Void copyToFolder(ExportJob.CopyToFolder work) {
        job.script().addAll(scripts.copyToFolder(inputFolder(), references.apply(work.target()), work.clean()));
        notes.add(job.where(), "copies into a folder of the runner, which is discarded when the job ends: copy "
                + "somewhere lasting instead");
        return null;
    }

    @Override
    public Void packArchive(ExportJob.PackArchive work) {
        String target = references.apply(work.target());
        job.script().addAll(scripts.pack(inputFolder(), target, work.format()));
        job.paths().add(target);
        notes.add(job.where(), "packs the archive on the runner and keeps it as the job's artifact");
        return null;
    }

    @Override
    public Void httpRequest(ExportJob.HttpRequest work) {
        var headers = new TreeMap<String, String>();
        work.headers().forEach((k, v) -> headers.put(k, references.apply(v)));
        job.script().addAll(scripts.httpRequest(work.method(), references.apply(work.url()), headers,
                references.apply(work.body()), work.expectedStatus()));
        if (work.hasOutputVariables()) {
            notes.add(job.where(), "its output variables from JSON Pointers are left out: read them from "
                    + "response.body with jq");
        }
        return null;
    }

    @Override
    public Void childPipeline(ExportJob.ChildPipeline work) {
        throw new IllegalStateException("a child pipeline is a trigger job, written by GitLabJobWriter");
    }

    @Override
    public Void noEquivalent(ExportJob.NoEquivalent work) {
        job.script().add("echo \"" + work.providerId() + " has no GitLab equivalent\" >&2; exit 1");
        notes.add(job.where(), "provider " + work.provider() + " has no GitLab equivalent (" + work.why() + "): the job "
                + "fails with a message saying so");
        return null;
    }

    static ObjectNode reports(ObjectNode artifacts) {
        return artifacts.get("reports") instanceof ObjectNode reports ? reports : artifacts.putObject("reports");
    }

    private String inputFolder() {
        List<String> inputs = job.exported().inputArtifacts();
        return "\"$CI_PROJECT_DIR/" + ARTIFACTS + (inputs.isEmpty() ? "none" : inputs.get(0)) + "\"";
    }

    private static String first(List<OutputArtifact> outputs) {
        return outputs.isEmpty() ? "source" : outputs.get(0).name();
    }
}
