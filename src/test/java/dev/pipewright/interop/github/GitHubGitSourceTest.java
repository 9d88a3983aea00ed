package dev.pipewright.interop.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.GitSources;
import dev.pipewright.interop.SchemaCheck;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.io.PipelineFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 7: a Git source exports to a job that does what the source does, not one that
 * only fails. Each job's script runs here with bash as a runner would run it, against a local
 * repository, and leaves the commit's files and the source's output variables.
 */
class GitHubGitSourceTest {

    @TempDir
    Path temp;

    private JsonNode jobs;
    private String first;
    private Path remote;

    private Exported export() throws Exception {
        remote = temp.resolve("remote");
        first = GitSources.makeRemote(remote);
        Exported exported = dev.pipewright.interop.CheckedExports.github(PipelineFiles.read(
                GitSources.pipeline(remote.toUri().toString(), first), "git-sources.pipeline.json"));
        jobs = YamlReader.read(exported.mainText(), "x.yml").root().path("jobs");
        return exported;
    }

    @Test
    void theExportValidatesAndNoJobOnlyFails() throws Exception {
        Exported exported = export();
        assertEquals(List.of(), SchemaCheck.errors(GitHubExportTest.SCHEMA, exported.mainText()), exported.mainText());
        assertFalse(exported.mainText().contains("no GitHub equivalent"), exported.mainText());
        assertEquals("actions/checkout@v4", jobs.at("/Own/steps/0/uses").asText(), "the own repository is checked out");
        assertTrue(jobs.at("/Release/steps/0/uses").isMissingNode(), "a clone needs no checkout of this repository");
        assertEquals("${{ steps.run.outputs.CommitId }}", jobs.at("/Release/outputs/CommitId").asText());
        assertEquals("${{ needs.Release.outputs.BranchName }}", "${{ needs.Release.outputs."
                + jobs.at("/Release/outputs/BranchName").asText().replaceAll(".*outputs\\.| }}", "") + " }}");
        assertTrue(exported.report().notes().stream().anyMatch(n -> n.toString().contains("is the repository itself")),
                exported.report().notes()::toString);
    }

    @Test
    void aCloneAtABranchGivesTheCommitsFilesAndEveryOutputVariable() throws Exception {
        export();
        var run = runJob("Release", temp.resolve("workspace"));
        String release = GitSources.git(remote, "rev-parse", "release").strip();
        assertEquals(release, run.outputs().get("CommitId"));
        assertEquals("release", run.outputs().get("BranchName"));
        assertEquals("Release notes\n\nA body line that a dotenv value cannot hold.", run.outputs().get("CommitMessage"),
                "GitHub's output file takes the whole message");
        assertEquals("Remote Author", run.outputs().get("AuthorName"));
        assertTrue(run.outputs().get("AuthorDate").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), run.outputs()::toString);
        assertEquals("remote", run.outputs().get("RepositoryName"));
        assertEquals(new TreeSet<>(List.of("greeting.txt", "release.txt")), run.files(), "no .git folder unless asked");
    }

    @Test
    void aShallowTagAndAPinnedCommitWithItsGitFolder() throws Exception {
        export();
        var tagged = runJob("Tagged", temp.resolve("workspace"));
        assertEquals(first, tagged.outputs().get("CommitId"));
        assertEquals("", tagged.outputs().get("BranchName"), "a tag is on no branch, as in Pipewright");
        var pinned = runJob("Pinned", temp.resolve("workspace"));
        assertEquals(first, pinned.outputs().get("CommitId"));
        assertTrue(pinned.files().contains(".git/HEAD"), pinned.files()::toString);
    }

    @Test
    void theOwnRepositoryIsTheCheckoutTheWorkflowRunsFor() throws Exception {
        export();
        Path workspace = temp.resolve("repo");
        Files.createDirectories(workspace);
        GitSources.git(workspace, "init", "-q", "-b", "main");
        Files.writeString(workspace.resolve("app.txt"), "the app\n");
        GitSources.git(workspace, "add", "-A");
        GitSources.git(workspace, "commit", "-q", "-m", "The app");
        Files.writeString(workspace.resolve("untracked.txt"), "left by an earlier step\n");
        var own = runJob("Own", workspace);
        assertEquals(GitSources.git(workspace, "rev-parse", "HEAD").strip(), own.outputs().get("CommitId"));
        assertEquals("main", own.outputs().get("BranchName"));
        assertEquals("repo", own.outputs().get("RepositoryName"));
        assertEquals(new TreeSet<>(List.of("app.txt")), own.files(), "exactly the commit's files");
    }

    record JobRun(Map<String, String> outputs, TreeSet<String> files) {
    }

    /** Runs the job's {@code run} step with bash, as a runner on branch main of team/repo would. */
    private JobRun runJob(String job, Path workspace) throws IOException, InterruptedException {
        Files.createDirectories(workspace);
        Path runnerTemp = Files.createDirectories(temp.resolve("runner-" + job));
        Path output = runnerTemp.resolve("output");
        Files.writeString(output, "");
        String script = Stream.of(jobs.path(job).path("steps").spliterator()).flatMap(s ->
                java.util.stream.StreamSupport.stream(s, false)).filter(s -> s.path("id").asText().equals("run"))
                .findFirst().orElseThrow().path("run").asText();
        var builder = new ProcessBuilder("bash", "-e", "-c", script).directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GITHUB_OUTPUT", output.toString(), "RUNNER_TEMP", runnerTemp.toString(),
                "GITHUB_WORKSPACE", workspace.toString(), "GITHUB_REF_TYPE", "branch", "GITHUB_REF_NAME", "main",
                "GITHUB_REPOSITORY", "team/repo"));
        Process p = builder.start();
        String printed = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the job's script ended");
        assertEquals(0, p.exitValue(), "the job " + job + " failed:\n" + printed + "\n" + script);
        var outputs = new TreeMap<String, String>();
        List<String> lines = Files.readAllLines(output);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\w+<<\\w+")) {
                String name = line.substring(0, line.indexOf('<'));
                String end = line.substring(line.indexOf("<<") + 2);
                var value = new StringBuilder();
                while (!lines.get(++i).equals(end)) {
                    value.append(value.isEmpty() ? "" : "\n").append(lines.get(i));
                }
                outputs.put(name, value.toString());
            } else if (line.contains("=")) {
                outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        Path artifact = runnerTemp.resolve("out").resolve(uploadedArtifact(job));
        var files = new TreeSet<String>();
        try (Stream<Path> all = Files.walk(artifact)) {
            all.filter(Files::isRegularFile).map(f -> artifact.relativize(f).toString())
                    .filter(n -> !n.startsWith(".git/") || n.equals(".git/HEAD")).forEach(files::add);
        }
        return new JobRun(outputs, files);
    }

    private String uploadedArtifact(String job) {
        String name = "";
        for (JsonNode step : jobs.path(job).path("steps")) {
            if (step.path("uses").asText().startsWith("actions/upload-artifact")) {
                name = step.at("/with/name").asText();
            }
        }
        return name;
    }
}
