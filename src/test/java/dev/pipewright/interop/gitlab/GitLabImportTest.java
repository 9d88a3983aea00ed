package dev.pipewright.interop.gitlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.Fixtures;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.PipelineVariable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitLabImportTest {

    static Imported imported() throws InteropException {
        return new GitLabImporter().read(Fixtures.resource("/dev/pipewright/interop/gitlab/anchors-extends-needs.yml"),
                ".gitlab-ci.yml");
    }

    @Test
    void stagesComeFromStagesAndRunOrdersFromNeedsInsideAStage() throws Exception {
        Pipeline pipeline = imported().pipeline();
        assertEquals(List.of(
                "Source: Checkout@1",
                "build: compile@1, docs@1",
                "test: unit-tests-gcc@1, unit-tests-clang@1, lint@1, package@2",
                "deploy: approve-release@1, release@2"), Fixtures.layout(pipeline));
        assertEquals(List.of(), PipelineValidator.validate(pipeline, Providers.builtIn()));
        assertEquals("gitlab-ci", pipeline.name());
    }

    @Test
    void extendsAnchorsMergesReferencesAndDefaultsAreResolved() throws Exception {
        Pipeline pipeline = imported().pipeline();
        Action compile = Fixtures.action(pipeline, "build", "compile");
        assertEquals(List.of("# before_script", "echo \"default before\"", "# script", "make $TARGET"),
                ((ConfigValue.TextList) compile.setting("commands").orElseThrow()).values());
        Map<String, String> env = ((ConfigValue.TextMap) compile.setting("environment").orElseThrow()).values();
        assertEquals("all", env.get("TARGET"));
        assertEquals("yes", env.get("COMMON"), "from the anchor merged into .compile");
        assertEquals("#{variables.APP}", env.get("APP"));
        assertEquals("compile", compile.outputArtifacts().get(0).name());
        assertEquals(List.of("out/**"), compile.outputArtifacts().get(0).files());
        assertTrue(compile.extensions().get("x-gitlab").contains("alpine:3.20"));
        Action docs = Fixtures.action(pipeline, "build", "docs");
        assertEquals(List.of("# before_script", "echo \"default before\"", "# script", "echo setup", "make docs"),
                ((ConfigValue.TextList) docs.setting("commands").orElseThrow()).values());
    }

    @Test
    void matrixCopiesGetTheirVariablesAndArtifactsFollowNeeds() throws Exception {
        Pipeline pipeline = imported().pipeline();
        Action clang = Fixtures.action(pipeline, "test", "unit-tests-clang");
        assertEquals(ActionCategory.TEST, clang.category());
        assertEquals("clang", ((ConfigValue.TextMap) clang.setting("environment").orElseThrow()).values().get("CC"));
        assertEquals(ConfigValue.list("report.xml"), clang.setting("reports").orElseThrow());
        assertEquals(List.of("Repository", "compile"), clang.inputArtifacts());
        Action lint = Fixtures.action(pipeline, "test", "lint");
        assertEquals(List.of("Repository"), lint.inputArtifacts());
        Action release = Fixtures.action(pipeline, "deploy", "release");
        assertEquals(List.of("Repository", "compile"), release.inputArtifacts(), "no needs: artifacts of earlier stages");
        Action gate = Fixtures.action(pipeline, "deploy", "approve-release");
        assertEquals(ActionCategory.APPROVAL, gate.category());
        assertEquals(List.of(new PipelineVariable("APP", Optional.of("demo"), Optional.empty(), false, Optional.empty()),
                new PipelineVariable("LEVEL", Optional.of("info"), Optional.of("How much to log"), false, Optional.empty())),
                pipeline.variables());
    }

    @Test
    void theReportNamesWhatDidNotCarryOver() throws Exception {
        List<String> notes = imported().report().notes().stream().map(Object::toString).toList();
        assertTrue(notes.contains("include: not fetched: jobs, templates and variables from included files are missing"),
                notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("job release: extends .from-the-include, which is not in this file")),
                notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("job release (line 70): rules are kept in x-gitlab")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("job compile (line 35), job docs (line 41): image is kept")),
                notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("job unit-tests (line 48), job package (line 65): also waits for docs,")),
                notes::toString);
    }

    @Test
    void aFileWithoutJobsIsRefused() {
        var e = assertThrows(InteropException.class, () -> new GitLabImporter().read("stages: [a]\n.hidden: {script: [x]}\n",
                ".gitlab-ci.yml"));
        assertTrue(e.getMessage().startsWith(".gitlab-ci.yml: this is not a GitLab CI file: no jobs"), e.getMessage());
    }

    /** Issue 13, item 2: durations become whole minutes in the pipeline file, never 1.2E+2. */
    @Test
    void aTimeoutInHoursIsWrittenAsPlainMinutes() throws Exception {
        Imported imported = new GitLabImporter().read("""
                stages: [build]
                compile:
                  stage: build
                  timeout: 2h
                  script: [make]
                slow:
                  stage: build
                  timeout: 1h 30m 30s
                  script: [make slow]
                """, ".gitlab-ci.yml");
        String file = dev.pipewright.io.PipelineFiles.write(imported.pipeline());
        assertTrue(file.contains("\"timeoutInMinutes\": 120\n") || file.contains("\"timeoutInMinutes\": 120,"), file);
        assertTrue(file.contains("\"timeoutInMinutes\": 90.5"), file);
        assertTrue(!file.contains("E+"), file);
    }

    /** Issue 13, item 5: what GitLab itself would refuse is refused here too, with its line (exit 2). */
    @Test
    void aFileGitLabWouldRefuseIsRefusedWithItsLine() {
        var codePipeline = assertThrows(InteropException.class, () -> new GitLabImporter().read("""
                {
                  "pipeline": { "name": "p", "stages": [ { "name": "Source", "actions": [] } ] }
                }
                """, "pipeline.json"));
        assertTrue(codePipeline.getMessage().startsWith("pipeline.json:2: job 'pipeline' has no script"),
                codePipeline.getMessage());

        var misspelled = assertThrows(InteropException.class, () -> new GitLabImporter().read("""
                stages: [build]
                compile:
                  stage: build
                  scirpt: [make]
                """, ".gitlab-ci.yml"));
        assertTrue(misspelled.getMessage().startsWith(".gitlab-ci.yml:4: job 'compile': unknown keyword 'scirpt'"),
                misspelled.getMessage());
        assertTrue(misspelled.getMessage().contains("did you mean 'script'?"), misspelled.getMessage());
    }

    @Test
    void aJobWithoutAScriptIsKeptWhenItMayComeFromAnInclude() throws Exception {
        var imported = new GitLabImporter().read("""
                include: { project: group/templates, file: build.yml }
                compile:
                  extends: .from-template
                """, ".gitlab-ci.yml");
        assertTrue(imported.report().notes().stream().anyMatch(n -> n.toString().contains("included template")),
                imported.report().notes().toString());
    }
}
