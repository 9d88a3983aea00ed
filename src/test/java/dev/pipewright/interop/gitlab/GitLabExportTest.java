package dev.pipewright.interop.gitlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.Examples;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.SchemaCheck;
import dev.pipewright.interop.yaml.YamlReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GitLabExportTest {

    static final String SCHEMA = "gitlab-ci.json";

    static JsonNode tree(Exported exported) throws Exception {
        return YamlReader.read(exported.mainText(), ".gitlab-ci.yml").root();
    }

    @TestFactory
    Stream<DynamicTest> everyExportValidatesAgainstGitLabsSchema() {
        var pipelines = new java.util.TreeMap<>(Examples.bundled());
        pipelines.put("every-provider (hand-built)", Examples.everyProvider());
        return pipelines.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Exported exported = dev.pipewright.interop.CheckedExports.gitlab(e.getValue());
            assertEquals(".gitlab-ci.yml", exported.files().keySet().iterator().next());
            assertEquals(List.of(), SchemaCheck.errors(SCHEMA, exported.mainText()), exported.mainText());
        }));
    }

    @Test
    void theSchemaCheckCanFail() {
        assertFalse(SchemaCheck.errors(SCHEMA, "stages: [a]\njob:\n  stage: a\n  script: 5\n  when: sometimes\n").isEmpty());
    }

    @Test
    void stagesNeedsApprovalsArtifactsAndVariables() throws Exception {
        JsonNode root = tree(dev.pipewright.interop.CheckedExports.gitlab(Examples.everyProvider()));
        assertEquals("[\"Source\",\"Build\",\"Release\"]", root.path("stages").toString());
        assertEquals("Release", root.at("/Approve/stage").asText());
        assertEquals("manual", root.at("/Approve/when").asText());
        assertFalse(root.at("/Approve/allow_failure").asBoolean(true));
        assertEquals("[{\"job\":\"Check\",\"artifacts\":true},{\"job\":\"Ping\",\"artifacts\":true},"
                + "{\"job\":\"Site\",\"artifacts\":true}]", root.at("/Approve/needs").toString());
        assertEquals("[\".pipewright/artifacts/Built/\"]", root.at("/Build-site/artifacts/paths").toString());
        assertEquals(".pipewright/Build-site.env", root.at("/Build-site/artifacts/reports/dotenv").asText());
        assertEquals("[\".pipewright/work/reports/*.xml\"]", root.at("/Check/artifacts/reports/junit").toString());
        assertEquals("plain's", root.at("/variables/Flavour/value").asText());
        assertTrue(root.at("/variables/Token").isMissingNode(), "a secret is never written");
        String script = root.at("/Build-site/script").toString();
        assertTrue(script.contains("echo building ${Flavour} from ${Src_Digest}"), script);
        assertTrue(script.contains("export TOKEN=\\\"${SITE_TOKEN}\\\""), script);
        assertEquals("13 minutes", root.at("/Build-site/timeout").asText());
        assertEquals("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^(main|release\\/[^\\/]*)$/"
                + " && $CI_COMMIT_BRANCH !~ /^(release\\/old)$/", root.at("/workflow/rules/1/if").asText());
        assertEquals("announce.gitlab-ci.yml", root.at("/Announce/trigger/include").asText());
    }

    @Test
    void theReportNamesWhatDidNotCarryOver() {
        List<String> notes = dev.pipewright.interop.CheckedExports.gitlab(Examples.everyProvider()).report().notes().stream()
                .map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.contains("SITE_TOKEN (masked)")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("for pwsh")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("cannot exclude") || n.contains("execution mode QUEUED")),
                notes::toString);
    }

    /**
     * Issue 13, item 6: GitLab always runs .pre first and .post last. An export keeps that order:
     * it never lists them in stages out of place and never writes a needs on a job of a later stage.
     */
    @Test
    void preAndPostStagesKeepGitLabsOrderAndNoJobNeedsALaterStage() throws Exception {
        var imported = new GitLabImporter().read("""
                stages: [build, test]
                prepare:
                  stage: .pre
                  script: [echo prepare > prep.txt]
                  artifacts: { paths: [prep.txt] }
                compile:
                  stage: build
                  needs: [prepare]
                  script: [cat prep.txt]
                unit:
                  stage: test
                  script: [echo test]
                report:
                  stage: .post
                  script: [echo done]
                """, ".gitlab-ci.yml");
        var pipelines = java.util.Map.of("imported", imported.pipeline(),
                // a stage the designer named .pre in the middle, whose job needs an earlier one
                "drawn", dev.pipewright.model.Pipeline.of("drawn",
                        dev.pipewright.model.Stage.of("Build", dev.pipewright.model.Action.of("Make",
                                dev.pipewright.model.ActionCategory.BUILD, "Shell")
                                .withSetting("commands", dev.pipewright.model.ConfigValue.text("echo hi > out.txt"))
                                .withOutputArtifacts(List.of(dev.pipewright.model.OutputArtifact.named("Out")))),
                        dev.pipewright.model.Stage.of(".pre", dev.pipewright.model.Action.of("Use",
                                dev.pipewright.model.ActionCategory.BUILD, "Shell")
                                .withSetting("commands", dev.pipewright.model.ConfigValue.text("cat out.txt"))
                                .withInputArtifacts(List.of("Out")))));
        for (var e : pipelines.entrySet()) {
            Exported exported = dev.pipewright.interop.CheckedExports.gitlab(e.getValue());
            JsonNode root = tree(exported);
            assertEquals(List.of(), SchemaCheck.errors(SCHEMA, exported.mainText()), exported.mainText());
            var order = new java.util.ArrayList<String>(List.of(".pre"));
            root.path("stages").forEach(st -> order.add(st.asText()));
            order.add(".post");
            assertEquals(1, order.stream().filter(".pre"::equals).count(), e.getKey() + ": " + exported.mainText());
            assertEquals(1, order.stream().filter(".post"::equals).count(), e.getKey() + ": " + exported.mainText());
            for (var job : root.properties()) {
                if (!job.getValue().has("stage")) {
                    continue;
                }
                int mine = order.indexOf(job.getValue().path("stage").asText());
                assertTrue(mine >= 0, job.getKey() + "'s stage is listed: " + exported.mainText());
                for (JsonNode need : job.getValue().path("needs")) {
                    int theirs = order.indexOf(root.path(need.path("job").asText()).path("stage").asText());
                    assertTrue(theirs <= mine, e.getKey() + ": " + job.getKey() + " needs a job of a later stage: "
                            + exported.mainText());
                }
            }
        }
    }
}
