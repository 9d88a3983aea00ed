package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.jobs.ExportJob;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.model.Action;
import dev.pipewright.model.OutputArtifact;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes one planned job. Each job works in {@code .pipewright/work} holding its first input
 * artifact, as a Pipewright action's working folder does; artifacts travel as folders under
 * {@code .pipewright/artifacts/}, output variables as a dotenv report.
 */
final class GitLabJobWriter {

    static final String ARTIFACTS = ".pipewright/artifacts/";
    static final String WORK = "$CI_PROJECT_DIR/.pipewright/work";
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
        ExportJob exported = ExportJob.of(action);
        String where = "stage " + planned.stage().name() + ", action " + action.name();
        ObjectNode job = NODES.objectNode();
        job.put("stage", stageNames.apply(planned.stage().name()));
        if (!planned.needs().isEmpty()) {
            ArrayNode needs = job.putArray("needs");
            planned.needs().forEach(n -> needs.add(NODES.objectNode().put("job", n).put("artifacts", true)));
        }
        if (exported.work() instanceof ExportJob.ChildPipeline child) {
            childPipeline(job, child, where);
            return job;
        }
        if (!exported.checksOutRepository()) {
            // a Pipewright action sees the repository only through artifacts: no checkout, as here
            job.putObject("variables").put("GIT_STRATEGY", "none");
        }
        String outputFile = "$CI_PROJECT_DIR/.pipewright/" + planned.id() + ".env";
        var script = new ArrayList<String>();
        script.add("mkdir -p " + WORK + " && touch \"" + outputFile + "\"");
        script.add("export " + ExportJob.OUTPUT_FILE_VARIABLE + "=\"" + outputFile + "\"");
        for (int i = 0; i < exported.inputArtifacts().size(); i++) {
            String input = exported.inputArtifacts().get(i);
            String folder = "$CI_PROJECT_DIR/" + ARTIFACTS + input;
            if (i == 0) {
                script.add("cp -R \"" + folder + "/.\" " + WORK + "/");
            }
            // every input's folder is named, the first one's too, as Pipewright's Shell names it
            script.add("export " + ExportJob.inputFolderVariable(input) + "=\"" + folder + "\"");
        }
        ObjectNode artifacts = NODES.objectNode();
        ArrayNode paths = NODES.arrayNode();
        exported.work().render(new GitLabWork(new GitLabWork.Job(job, exported, script, artifacts, paths, outputFile, where),
                references, notes));
        for (OutputArtifact output : exported.outputArtifacts()) {
            paths.add(ARTIFACTS + output.name() + "/");
        }
        if (!paths.isEmpty()) {
            artifacts.set("paths", paths);
        }
        if (publishesOutputs) {
            exported.namespace().ifPresent(ns -> script.add("sed -i -e 's/^\\([A-Za-z_][A-Za-z0-9_]*\\)=/"
                    + GitLabExporter.dotenvName(ns, "") + "\\1=/' \"" + outputFile + "\""));
            GitLabWork.reports(artifacts).put("dotenv", ".pipewright/" + planned.id() + ".env");
        }
        ArrayNode scriptNode = job.putArray("script");
        script.forEach(scriptNode::add);
        if (!artifacts.isEmpty()) {
            job.set("artifacts", artifacts);
        }
        exported.timeoutInMinutes().ifPresent(t ->
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

    /** A child pipeline is a trigger job: GitLab runs the other file's pipeline and waits for it. */
    private void childPipeline(ObjectNode job, ExportJob.ChildPipeline child, String where) {
        String pipelineFile = references.apply(child.pipelineFile());
        String file = pipelineFile.replaceAll(".*[/\\\\]", "").replaceAll("\\.pipeline\\.json$|\\.json$", "");
        job.putObject("trigger").put("include", file + ".gitlab-ci.yml").put("strategy", "depend");
        notes.add(where, "runs the pipeline " + references.apply(child.pipelineFile()) + ": export it as " + file
                + ".gitlab-ci.yml in the repository; this job starts it as a child pipeline");
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

}
