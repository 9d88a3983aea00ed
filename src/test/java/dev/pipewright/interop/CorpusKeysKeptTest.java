package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabImporter;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.model.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13, item 4, over every real file: each key of a workflow, of each job and of each step
 * (GitHub), of the file and of each job (GitLab) is either one the import maps, as listed here
 * independently of the importers, or kept in x-github / x-gitlab at its level.
 */
class CorpusKeysKeptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a GitHub import maps onto the pipeline; env names are mapped when they are variable names. */
    private static final Set<String> GITHUB_WORKFLOW = Set.of("name", "jobs", "on.push", "on.workflow_dispatch",
            "defaults.run.shell", "defaults.run.working-directory");
    private static final Set<String> GITHUB_JOB = Set.of("name", "steps", "needs", "env", "timeout-minutes",
            "defaults.run.shell", "defaults.run.working-directory", "strategy.matrix");
    private static final Set<String> GITHUB_STEP = Set.of("name", "run");
    private static final Set<String> GITLAB_JOB = Set.of("script", "before_script", "after_script", "stage", "needs",
            "dependencies", "variables", "extends", "inherit", "artifacts.paths", "artifacts.reports.junit",
            "parallel.matrix", "timeout");

    @TestFactory
    Stream<DynamicTest> everyKeyOfEveryGitHubWorkflowIsMappedOrKept() {
        return SharedFiles.eachCorpusFile("github-actions", file -> {
            String text = SharedFiles.read(file);
            Pipeline pipeline = read(() -> new GitHubImporter().read(text, file.getFileName().toString()).pipeline());
            JsonNode root = read(() -> YamlReader.read(text, file.getFileName().toString()).root());
            var lost = new ArrayList<String>();
            JsonNode on = root.path("on");
            var workflow = root.deepCopy();
            if (on.isTextual() || on.isArray()) {
                var events = ((com.fasterxml.jackson.databind.node.ObjectNode) workflow).putObject("on");
                (on.isArray() ? on : JSON.createArrayNode().add(on)).forEach(e -> events.putNull(e.asText()));
            }
            var mapped = new java.util.HashSet<>(GITHUB_WORKFLOW);
            root.path("env").fieldNames().forEachRemaining(n -> {
                if (n.matches("[A-Za-z0-9@\\-_]{1,128}")) {
                    mapped.add("env." + n);
                }
            });
            checkLevel(workflow, mapped, "", List.of(kept(pipeline.extensions().get("x-github"))), "workflow", true, lost);
            List<JsonNode> jobs = pipeline.stages().stream().flatMap(s -> s.actions().stream())
                    .map(a -> kept(a.extensions().get("x-github"))).toList();
            for (var job : root.path("jobs").properties()) {
                boolean exact = !job.getValue().path("strategy").has("matrix");
                // a matrix computed at run time (${{ fromJSON(...) }}) cannot be expanded: it must be kept
                var jobMapped = new java.util.HashSet<>(GITHUB_JOB);
                if (job.getValue().path("strategy").path("matrix").isTextual()) {
                    jobMapped.remove("strategy.matrix");
                }
                checkLevel(job.getValue(), jobMapped, "", jobs, "job " + job.getKey(), exact, lost);
                int i = 0;
                for (JsonNode step : job.getValue().path("steps")) {
                    int at = i++;
                    List<JsonNode> stepsKept = jobs.stream().map(k -> k.path("steps").path(at)).toList();
                    checkLevel(step, GITHUB_STEP, "", stepsKept, "job " + job.getKey() + " step " + (at + 1), exact, lost);
                }
            }
            assertTrue(lost.isEmpty(), () -> file + ": neither mapped nor kept:\n" + String.join("\n", lost));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyKeyOfEveryGitLabFileIsMappedOrKept() {
        return SharedFiles.eachCorpusFile("gitlab-ci", file -> {
            String text = SharedFiles.read(file);
            Pipeline pipeline = read(() -> new GitLabImporter().read(text, file.getFileName().toString()).pipeline());
            JsonNode root = read(() -> YamlReader.read(text, file.getFileName().toString()).root());
            var lost = new ArrayList<String>();
            var mapped = new java.util.HashSet<>(Set.of("stages", "types", "workflow.name"));
            root.path("variables").fieldNames().forEachRemaining(n -> {
                if (n.matches("[A-Za-z0-9@\\-_]{1,128}")) {
                    mapped.add("variables." + n);
                }
            });
            var jobNames = new ArrayList<String>();
            root.properties().forEach(e -> {
                if (isJob(e.getKey(), e.getValue())) {
                    mapped.add(e.getKey());
                    jobNames.add(e.getKey());
                }
            });
            checkLevel(root, mapped, "", List.of(kept(pipeline.extensions().get("x-gitlab"))), "file", true, lost);
            List<JsonNode> jobs = pipeline.stages().stream().flatMap(s -> s.actions().stream())
                    .map(a -> kept(a.extensions().get("x-gitlab"))).toList();
            for (String name : jobNames) {
                JsonNode job = root.get(name);
                // what extends, default and !reference bring in may change a value; the key must be there
                checkLevel(job, GITLAB_JOB, "", jobs, "job " + name, false, lost);
            }
            assertTrue(lost.isEmpty(), () -> file + ": neither mapped nor kept:\n" + String.join("\n", lost));
        });
    }

    private static final Set<String> GITLAB_GLOBAL = Set.of("default", "include", "stages", "variables", "workflow",
            "image", "services", "cache", "before_script", "after_script", "spec", "types");

    private static boolean isJob(String key, JsonNode value) {
        return !GITLAB_GLOBAL.contains(key) && !key.startsWith(".") && value.isObject();
    }

    /** Each key of {@code level} under {@code prefix} is mapped, or found in one of {@code kept} at the same path. */
    private static void checkLevel(JsonNode level, Set<String> mapped, String prefix, List<JsonNode> kept, String where,
                                   boolean exact, List<String> lost) {
        checkLevel(level, mapped, prefix, "", kept, where, exact, lost);
    }

    private static void checkLevel(JsonNode level, Set<String> mapped, String prefix, String pointerPrefix,
                                   List<JsonNode> kept, String where, boolean exact, List<String> lost) {
        for (var field : level.properties()) {
            String path = prefix + field.getKey();
            String pointer = pointerPrefix + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (mapped.contains(path)) {
                continue;
            }
            if (mapped.stream().anyMatch(m -> m.startsWith(path + ".")) && field.getValue().isObject()) {
                checkLevel(field.getValue(), mapped, path + ".", pointer, kept, where, exact, lost);
                continue;
            }
            // compared as JSON text: a number read back from x-github may be held in another Java type
            boolean found = kept.stream().map(k -> k.at(pointer)).anyMatch(v -> !v.isMissingNode()
                    && (!exact || v.toString().equals(field.getValue().toString())));
            if (!found) {
                lost.add(where + ": " + path);
            }
        }
    }

    private static JsonNode kept(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private interface Reading<T> {
        T read() throws InteropException;
    }

    private static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (InteropException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
