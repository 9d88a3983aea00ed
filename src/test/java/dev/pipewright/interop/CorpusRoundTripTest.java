package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.github.GitHubExporter;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabExporter;
import dev.pipewright.interop.gitlab.GitLabImporter;
import dev.pipewright.interop.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13: every real GitHub workflow and GitLab CI file, imported and exported again, gives a
 * file that passes the target's schema with the same jobs, needs and steps (a GitHub job's steps,
 * a GitLab job's script lines); where it does not, the reports of the import and the export name
 * the job and what changed. (CodePipeline declarations: {@code CodePipelineRoundTripTest}.)
 */
class CorpusRoundTripTest {

    /** A difference, and the words a note about that job must hold to name it. */
    record Difference(String job, String what, List<String> namedBy) {
    }

    @TestFactory
    Stream<DynamicTest> everyGitHubWorkflowComesBackWithTheSameJobsNeedsAndSteps() {
        return SharedFiles.eachCorpusFile("github-actions", file -> {
            String text = SharedFiles.read(file);
            String name = file.getFileName().toString();
            var imported = read(() -> new GitHubImporter().read(text, name));
            var exported = new GitHubExporter().write(imported.pipeline());
            String yaml = exported.mainText();
            assertNoNewSchemaErrors("github-workflow.json", text, yaml);
            JsonNode before = read(() -> YamlReader.read(text, name).root()).path("jobs");
            JsonNode after = read(() -> YamlReader.read(yaml, name).root()).path("jobs");
            var differences = new ArrayList<Difference>();
            for (var job : before.properties()) {
                String id = job.getKey();
                JsonNode original = job.getValue();
                if (original.path("strategy").has("matrix")) {
                    if (!after.has(id)) {
                        differences.add(new Difference(id, "its matrix is one job per combination", List.of("matrix")));
                    }
                    continue;
                }
                JsonNode again = after.path(id);
                if (again.isMissingNode()) {
                    differences.add(new Difference(id, "missing", List.of()));
                    continue;
                }
                Set<String> needsBefore = list(original.path("needs"));
                Set<String> needsAfter = list(again.path("needs"));
                if (!needsBefore.equals(needsAfter)) {
                    differences.add(new Difference(id, "needs " + needsBefore + " became " + needsAfter,
                            List.of("wait", "needs", "matrix")));
                }
                if (!steps(original).equals(steps(again))) {
                    differences.add(new Difference(id, "steps " + steps(original) + " became " + steps(again),
                            List.of("step")));
                }
            }
            for (var job : after.properties()) {
                if (!before.has(job.getKey()) && before.properties().stream().noneMatch(j ->
                        j.getValue().path("strategy").has("matrix") && job.getKey().startsWith(j.getKey()))) {
                    differences.add(new Difference(job.getKey(), "added", List.of("export")));
                }
            }
            assertNamed(name, differences, imported.report(), exported.report());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyGitLabFileComesBackWithTheSameJobsNeedsAndScripts() {
        return SharedFiles.eachCorpusFile("gitlab-ci", file -> {
            String text = SharedFiles.read(file);
            String name = file.getFileName().toString();
            var imported = read(() -> new GitLabImporter().read(text, name));
            var exported = new GitLabExporter().write(imported.pipeline());
            String yaml = exported.mainText();
            assertNoNewSchemaErrors("gitlab-ci.json", text, yaml);
            JsonNode before = read(() -> YamlReader.read(text, name).root());
            JsonNode after = read(() -> YamlReader.read(yaml, name).root());
            var differences = new ArrayList<Difference>();
            for (var job : before.properties()) {
                String id = job.getKey();
                if (id.startsWith(".") || !job.getValue().isObject() || Set.of("default", "include", "stages",
                        "variables", "workflow", "image", "services", "cache", "before_script", "after_script", "spec",
                        "types").contains(id)) {
                    continue;
                }
                JsonNode original = job.getValue();
                if (original.has("parallel")) {
                    if (!after.has(id)) {
                        differences.add(new Difference(id, "its matrix is one job per copy", List.of("parallel")));
                    }
                    continue;
                }
                JsonNode again = after.path(id);
                if (again.isMissingNode()) {
                    // a matrix an extends brings in, a job left out
                    differences.add(new Difference(id, "missing", List.of("parallel", "left out")));
                    continue;
                }
                if (original.has("needs")) {
                    Set<String> needsBefore = new TreeSet<>();
                    original.path("needs").forEach(n -> needsBefore.add(n.isTextual() ? n.asText() : n.path("job").asText()));
                    Set<String> needsAfter = new TreeSet<>();
                    again.path("needs").forEach(n -> needsAfter.add(n.isTextual() ? n.asText() : n.path("job").asText()));
                    if (!needsAfter.containsAll(needsBefore)) {
                        differences.add(new Difference(id, "needs " + needsBefore + " became " + needsAfter,
                                List.of("need")));
                    }
                }
                String script = again.path("script").toString() + again.path("trigger");
                for (String key : List.of("before_script", "script", "after_script")) {
                    for (JsonNode line : original.path(key)) {
                        if (line.isTextual() && !script.contains(new com.fasterxml.jackson.databind.node.TextNode(
                                line.asText().strip()).toString().replaceAll("^\"|\"$", ""))) {
                            differences.add(new Difference(id, key + " line '" + line.asText() + "' is not in the "
                                    + "exported script", List.of(key.replace("_", " "), "script", "trigger")));
                        }
                    }
                }
            }
            assertNamed(name, differences, imported.report(), exported.report());
        });
    }

    /**
     * The export passes the schema, but for what the file itself breaks (syntax GitHub added after
     * the schema was written, kept and given back as it was).
     */
    private static void assertNoNewSchemaErrors(String schema, String original, String exported) {
        var errors = new ArrayList<>(SchemaCheck.errors(schema, exported));
        errors.removeAll(SchemaCheck.errors(schema, original));
        assertEquals(List.of(), errors, exported);
    }

    /** Each difference is named by a note about its job holding one of the words that say what changed. */
    private static void assertNamed(String file, List<Difference> differences, InteropReport... reports) {
        var notes = new ArrayList<String>();
        for (InteropReport report : reports) {
            report.notes().forEach(n -> notes.add(n.toString().toLowerCase()));
        }
        var unnamed = new ArrayList<String>();
        for (Difference d : differences) {
            boolean named = notes.stream().anyMatch(n -> n.contains(d.job().toLowerCase())
                    && d.namedBy().stream().anyMatch(n::contains));
            if (!named) {
                unnamed.add("job " + d.job() + ": " + d.what());
            }
        }
        if (Boolean.getBoolean("pipewright.print")) {
            differences.forEach(d -> System.out.println(file + ": job " + d.job() + ": " + d.what()));
        }
        assertTrue(unnamed.isEmpty(), () -> file + ": differences the reports do not name:\n"
                + String.join("\n", unnamed) + "\nnotes:\n" + String.join("\n", notes));
    }

    private static List<String> steps(JsonNode job) {
        var steps = new ArrayList<String>();
        for (JsonNode step : job.path("steps")) {
            steps.add(step.has("uses") ? "uses " + step.path("uses").asText() + " " + step.path("with")
                    : "run " + step.path("run").asText().strip());
        }
        return steps;
    }

    private static Set<String> list(JsonNode node) {
        var all = new TreeSet<String>();
        if (node.isTextual()) {
            all.add(node.asText());
        }
        node.forEach(n -> all.add(n.asText()));
        return all;
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
