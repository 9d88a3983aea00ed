package dev.pipewright.interop.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropReport;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Problem;
import dev.pipewright.model.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubImportTest {

    static String resource(String name) {
        try (InputStream in = GitHubImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("test resource " + name + " is missing", e);
        }
    }

    static List<String> layout(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> s.name() + ": " + String.join(", ",
                s.actions().stream().map(a -> a.name() + "@" + a.runOrder()).toList())).toList();
    }

    static Action action(Pipeline pipeline, String stage, String name) {
        return pipeline.stage(stage).orElseThrow().action(name).orElseThrow();
    }

    @Test
    void aNeedsDagWithAMatrixImportsIntoTheRightStagesAndRunOrders() throws Exception {
        Imported imported = new GitHubImporter().read(resource("dag-matrix.yml"), "ci.yml");
        Pipeline pipeline = imported.pipeline();
        assertEquals(List.of(
                "Source: Checkout@1",
                "Stage-1: lint@1, build@1",
                "test: test-linux-17@1, test-linux-21@1, test-mac-21@1, test-windows-21@1",
                "deploy: approve-deploy@1, deploy@2"), layout(pipeline));
        List<Problem> problems = PipelineValidator.validate(pipeline, Providers.builtIn());
        assertEquals(List.of(), problems);
        assertEquals("dag-and-matrix", pipeline.name());
    }

    @Test
    void matrixValuesJobOutputsAndInputsBecomeValuesAndReferences() throws Exception {
        Pipeline pipeline = new GitHubImporter().read(resource("dag-matrix.yml"), "ci.yml").pipeline();
        Action test = action(pipeline, "test", "test-linux-17");
        String script = test.setting("commands").orElseThrow().asText();
        assertTrue(script.contains("./test.sh --java 17 --version #{build.version} --level #{variables.level}"), script);
        assertEquals(List.of("app"), test.inputArtifacts());
        assertEquals(Optional.of(new BigDecimal(30)), test.timeoutInMinutes());
        assertEquals(dev.pipewright.model.ActionCategory.TEST, test.category());
        Action build = action(pipeline, "Stage-1", "build");
        assertEquals(Optional.of("build"), build.namespace());
        assertEquals(List.of("Repository"), build.inputArtifacts());
        assertEquals("app", build.outputArtifacts().get(0).name());
        assertEquals(List.of("app/dist/**"), build.outputArtifacts().get(0).files());
        String buildScript = build.setting("commands").orElseThrow().asText();
        assertTrue(buildScript.contains("echo \"version=1.2\" >> \"$PIPEWRIGHT_OUTPUT\""), buildScript);
        assertTrue(buildScript.contains("# step 3: Compile\n(\n  cd 'app'\nmake\n)"), buildScript);
        assertTrue(buildScript.contains("# uses: actions/checkout@v4"), buildScript);
        assertTrue(build.extensions().get("x-github").contains("actions/upload-artifact@v4"));
        Action deploy = action(pipeline, "deploy", "deploy");
        assertEquals(new ConfigValue.TextMap(java.util.Map.of("GREETING", "#{variables.GREETING}")),
                deploy.setting("environment").orElseThrow());
    }

    @Test
    void theTriggerAndVariablesComeFromOnAndEnv() throws Exception {
        Pipeline pipeline = new GitHubImporter().read(resource("dag-matrix.yml"), "ci.yml").pipeline();
        assertEquals(List.of(new Trigger("Checkout", List.of(new Trigger.PushFilter(
                new Trigger.Patterns(List.of("main"), List.of("wip/**")), Trigger.Patterns.ANY,
                new Trigger.Patterns(List.of(), List.of("docs/**")))))), pipeline.triggers());
        assertEquals(List.of(
                new PipelineVariable("level", Optional.of("info"), Optional.of("How much to log"), false, Optional.empty()),
                PipelineVariable.of("GREETING", "hello")), pipeline.variables());
    }

    @Test
    void theReportNamesEachThingThatDidNotCarryOver() throws Exception {
        InteropReport report = new GitHubImporter().read(resource("dag-matrix.yml"), "ci.yml").report();
        List<String> notes = report.notes().stream().map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("job test (line 36): also waits for lint")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("job deploy") && n.contains("environment 'production'")),
                notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("runs-on linux-latest is kept in x-github")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("runs-on ubuntu-latest")), notes::toString);
    }

    @Test
    void aFileWithoutJobsIsNotAWorkflow() {
        var e = assertThrows(InteropException.class, () -> new GitHubImporter().read("name: x\non: push\n", "x.yml"));
        assertEquals("x.yml: this is not a GitHub workflow: no `jobs` (a workflow has `on:` and a mapping of `jobs:`)",
                e.getMessage());
    }

    @Test
    void brokenYamlSaysWhere() {
        var e = assertThrows(InteropException.class,
                () -> new GitHubImporter().read("jobs:\n  a:\n    steps: [\n", "broken.yml"));
        assertTrue(e.getMessage().startsWith("broken.yml:4:1: broken YAML"), e.getMessage());
    }

    @Test
    void needsInACircleAreRefused() {
        String yaml = "on: push\njobs:\n  a: {needs: b, runs-on: x, steps: [{run: echo}]}\n"
                + "  b: {needs: a, runs-on: x, steps: [{run: echo}]}\n";
        var e = assertThrows(InteropException.class, () -> new GitHubImporter().read(yaml, "c.yml"));
        assertTrue(e.getMessage().contains("a -> b -> a need each other in a circle"), e.getMessage());
    }

    /** Issue 13, item 5: a workflow GitHub would refuse is refused with its line (exit 2). */
    @Test
    void stepsThatAreNotAListAreRefusedWithTheirLine() {
        var e = assertThrows(InteropException.class, () -> new GitHubImporter().read("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps: 5
                """, "ci.yml"));
        assertTrue(e.getMessage().startsWith("ci.yml:5: job 'build': steps must be a list of steps"), e.getMessage());
    }
}
