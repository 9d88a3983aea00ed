package dev.pipewright.interop.gitlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.interop.Examples;
import dev.pipewright.interop.GitSources;
import dev.pipewright.interop.jobs.ExportPlan;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports run, not only validate: the GitLab export of each example runs in gitlab-ci-local, every
 * job passes, and each job prints what the action printed in {@code pipewright run}, sets the
 * same output variables and keeps the same artifact files.
 */
class GitLabRunsTest {

    /** Values that differ by design: a digest computed otherwise, paths of another machine, archive bytes. */
    private static final Set<String> DIFFERENT_BY_DESIGN = Set.of("Digest", "TargetPath", "ArchivePath", "Sha256");

    /** What the Shell provider itself writes into an action's log, around what the commands print. */
    private static final Pattern PIPEWRIGHTS_OWN_LINES = Pattern.compile("Running \\d+ line\\(s\\) with .*"
            + "|Output artifact '.*': .*|Tests: \\d+ passed, .*|FAILED .*|No JUnit report matched .*|Note: could not delete .*");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyExampleRunsInGitLabCiLocalAsInPipewright() {
        return Examples.bundled().keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            GitLabCiLocal.command();
            String id = name.replace(".pipeline.json", "");
            var sample = dev.pipewright.learn.Samples.find(id);
            Path repo;
            if (sample.isPresent()) {
                // as a learner gets it: with the files it ships and the repository it checks out
                repo = dev.pipewright.learn.Samples.copyTo(sample.get(), temp).getParent();
            } else {
                repo = Files.createDirectories(temp.resolve(id));
                copy(Path.of("examples"), repo);
            }
            runsAsInPipewright(repo, name);
        }));
    }

    /**
     * Issue 13, item 7: Git sources export to jobs that do what the source does: the repository's
     * own checkout for the URL ".", otherwise a clone at the branch, tag or commit, with the
     * output variables as a dotenv report.
     */
    @org.junit.jupiter.api.Test
    void gitSourcesRunInGitLabCiLocalAsInPipewright() throws Exception {
        GitLabCiLocal.command();
        Path remote = temp.resolve("remote");
        String first = GitSources.makeRemote(remote);
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve("git-sources.pipeline.json"), GitSources.pipeline(remote.toUri().toString(), first));
        runsAsInPipewright(repo, "git-sources.pipeline.json");
    }

    /**
     * The constructs the examples leave out, all runnable without containers or a network: a
     * Shell action's environment and working directory, a second input artifact, a pipeline
     * variable, the pipeline's name, output variables across stages, JUnit reports, an approval
     * message with references, a tar.gz archive and a folder deploy that cleans first.
     */
    @org.junit.jupiter.api.Test
    void theOtherConstructsRunInGitLabCiLocalAsInPipewright() throws Exception {
        GitLabCiLocal.command();
        Path repo = Files.createDirectories(temp.resolve("constructs"));
        Files.createDirectories(repo.resolve("app/src"));
        Files.writeString(repo.resolve("app/src/a.txt"), "one\n");
        Files.writeString(repo.resolve("app/src/b.txt"), "two\n");
        Files.writeString(repo.resolve("constructs.pipeline.json"), dev.pipewright.interop.Fixtures.resource(
                "/dev/pipewright/interop/gitlab/constructs.pipeline.json"));
        runsAsInPipewright(repo, "constructs.pipeline.json");
    }

    /**
     * Exports {@code repo/file} to GitLab, commits the repository, runs the pipeline with Pipewright
     * and then in gitlab-ci-local, and compares the two runs action by action.
     */
    static void runsAsInPipewright(Path repo, String file) throws Exception {
        Pipeline pipeline = PipelineFiles.read(repo.resolve(file));
        String yaml = dev.pipewright.interop.CheckedExports.gitlab(pipeline).mainText();
        Files.writeString(repo.resolve(".gitlab-ci.yml"), yaml);
        Files.writeString(repo.resolve(".gitignore"), ".gitlab-ci-local/\n");
        GitLabCiLocal.commitAll(repo);

        JsonNode record = pipewrightRun(repo, file);
        JsonNode root = YamlReader.read(yaml, ".gitlab-ci.yml").root();
        var manual = new ArrayList<String>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().path("when").asText().equals("manual")) {
                manual.add(e.getKey());
            }
        });
        GitLabCiLocal.Run run = GitLabCiLocal.run(repo, manual);

        ExportPlan plan = ExportPlan.of(pipeline, Set.of());
        // each job ends as its action did in Pipewright: passed, failed, or (after a failure) not run
        var expected = new TreeMap<String, String>();
        for (ExportPlan.Job job : plan.jobs()) {
            String status = actionRecord(record, job.stage().name(), job.action().name()).path("status").asText();
            if (status.equals("Succeeded") || status.equals("Failed")) {
                expected.put(job.id(), status.equals("Succeeded") ? "PASS" : "FAIL");
            }
        }
        assertEquals(expected, run.results(), () -> "the jobs did not end as the actions did:\n" + run.output() + "\n" + yaml);
        assertEquals(expected.containsValue("FAIL"), run.exitCode() != 0, run::output);

        Set<String> differentValues = differentByDesign(record);
        for (ExportPlan.Job job : plan.jobs()) {
            JsonNode action = actionRecord(record, job.stage().name(), job.action().name());
            if (!"PASS".equals(expected.get(job.id()))) {
                continue;
            }
            String where = file + ", job " + job.id();
            String executionId = record.path("executionId").asText();
            printedTheSame(where, run.printed(job.id()), action, executionId, differentValues, executionFolder(record));
            // names carry their namespace where the job publishes them to later jobs
            boolean publishes = root.path(job.id()).path("artifacts").path("reports").has("dotenv");
            sameOutputVariables(where, action, repo.resolve(".gitlab-ci-local/builds").resolve(job.id())
                    .resolve(".pipewright").resolve(job.id() + ".env"),
                    publishes ? job.action().namespace().map(ns -> GitLabExporter.dotenvName(ns, "")).orElse("") : "");
            for (var output : job.action().outputArtifacts()) {
                if (writtenByAFailedAction(pipeline, record, output.name())) {
                    continue; // a failed action may leave files in its input (flaky-test-retry's marker does, on purpose)
                }
                assertEquals(files(executionFolder(record).resolve("artifacts").resolve(output.name())),
                        files(run.artifacts(job.id()).resolve(".pipewright/artifacts").resolve(output.name())),
                        where + ": the files of the artifact " + output.name());
            }
        }
    }

    /** Runs the pipeline with Pipewright in its own JVM (its clone cache and runs in temporary folders). */
    private static JsonNode pipewrightRun(Path repo, String file) throws Exception {
        Path runs = repo.getParent().resolve(repo.getFileName() + "-runs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var exec = GitLabCiLocal.exec(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.pipewright.Main",
                        "run", file, "--approve", "all", "--runs-dir", runs.toString()), repo,
                Map.of("PIPEWRIGHT_GIT_CACHE", repo.getParent().resolve(repo.getFileName() + "-git-cache").toString()));
        assertTrue(exec.exitCode() == 0 || exec.exitCode() == 1, exec::output); // succeeded, or failed as designed
        try (Stream<Path> found = Files.walk(runs)) {
            Path json = found.filter(p -> p.getFileName().toString().equals("execution.json")).findFirst().orElseThrow();
            JsonNode record = new ObjectMapper().readTree(json.toFile());
            ((com.fasterxml.jackson.databind.node.ObjectNode) record).put("folder", json.getParent().toString());
            return record;
        }
    }

    private static Path executionFolder(JsonNode record) {
        return Path.of(record.path("folder").asText());
    }

    private static JsonNode actionRecord(JsonNode record, String stage, String action) {
        for (JsonNode s : record.path("stages")) {
            for (JsonNode a : s.path("actions")) {
                if (s.path("name").asText().equals(stage) && a.path("name").asText().equals(action)) {
                    return a;
                }
            }
        }
        throw new AssertionError("no action " + stage + "/" + action + " in the record " + record);
    }

    /** Each line a Shell action's commands printed in Pipewright is printed by the job too, in order. */
    private static boolean writtenByAFailedAction(Pipeline pipeline, JsonNode record, String artifact) {
        return pipeline.stages().stream().anyMatch(stage -> stage.actions().stream()
                .anyMatch(a -> a.inputArtifacts().contains(artifact)
                        && actionRecord(record, stage.name(), a.name()).path("status").asText().equals("Failed")));
    }

    /** The values of the output variables that differ by design, wherever an action printed them. */
    private static Set<String> differentByDesign(JsonNode record) {
        var values = new TreeSet<String>();
        for (JsonNode stage : record.path("stages")) {
            for (JsonNode action : stage.path("actions")) {
                action.path("outputVariables").fields().forEachRemaining(e -> {
                    if (DIFFERENT_BY_DESIGN.contains(e.getKey()) && e.getValue().asText().length() >= 8) {
                        values.add(e.getValue().asText());
                    }
                });
            }
        }
        return values;
    }

    private static void printedTheSame(String where, List<String> gitlab, JsonNode action, String executionId,
                                       Set<String> differentValues, Path folder) throws IOException {
        if (!action.path("provider").asText().equals("Shell")) {
            return;
        }
        Path log = folder.resolve(action.path("logFile").asText());
        List<String> pipewright = Files.readAllLines(log).stream()
                .filter(l -> !PIPEWRIGHTS_OWN_LINES.matcher(l).matches())
                .toList();
        int at = 0;
        for (String line : pipewright) {
            // the execution id becomes GitLab's pipeline id; a value that differs by design (a digest) is any word
            String marked = line.replace(executionId, "\u0000");
            for (String value : differentValues) {
                marked = marked.replace(value, "\u0001");
            }
            var pattern = new StringBuilder();
            for (String part : marked.split("(?=[\u0000\u0001])|(?<=[\u0000\u0001])")) {
                pattern.append(part.equals("\u0000") ? "\\d+" : part.equals("\u0001") ? "\\S+" : Pattern.quote(part));
            }
            Pattern same = Pattern.compile(pattern.toString());
            while (at < gitlab.size() && !same.matcher(gitlab.get(at)).matches()) {
                at++;
            }
            assertTrue(at < gitlab.size(), where + ": Pipewright's action printed '" + line
                    + "', the GitLab job did not (in order). It printed:\n" + String.join("\n", gitlab));
            at++;
        }
    }

    /** @param prefix what the export puts before each name so that the dotenv names of two actions never clash */
    private static void sameOutputVariables(String where, JsonNode action, Path dotenv, String prefix)
            throws IOException {
        var pipewright = new TreeMap<String, String>();
        action.path("outputVariables").fields().forEachRemaining(e -> pipewright.put(e.getKey(), e.getValue().asText()));
        var gitlab = new TreeMap<String, String>();
        if (Files.exists(dotenv)) {
            for (String line : Files.readAllLines(dotenv)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String name = line.substring(0, eq);
                    assertTrue(name.startsWith(prefix), where + ": the dotenv name " + name + " lacks " + prefix);
                    gitlab.put(name.substring(prefix.length()), line.substring(eq + 1));
                }
            }
        }
        if (action.path("category").asText().equals("Approval")) {
            return; // GitLab does not say who released a manual job
        }
        assertEquals(pipewright.keySet(), gitlab.keySet(), where + ": the output variables");
        pipewright.forEach((key, value) -> {
            if (!DIFFERENT_BY_DESIGN.contains(key)) {
                // a dotenv value is one line: a commit message keeps its first
                String expected = key.equals("CommitMessage") ? value.lines().findFirst().orElse("") : value;
                assertEquals(expected, gitlab.get(key), where + ": the output variable " + key);
            }
        });
    }

    private static Set<String> files(Path folder) throws IOException {
        var names = new TreeSet<String>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                // a .git folder's insides depend on how it was cloned: that it is there is what counts
                all.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                        .filter(n -> !n.startsWith(".git/") || n.equals(".git/HEAD")).forEach(names::add);
            }
        }
        return names;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
