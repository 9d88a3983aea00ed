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
            Exported exported = new GitLabExporter().write(e.getValue());
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
        JsonNode root = tree(new GitLabExporter().write(Examples.everyProvider()));
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
        assertTrue(script.contains("echo building ${Flavour} from ${Digest}"), script);
        assertTrue(script.contains("export TOKEN=\\\"${SITE_TOKEN}\\\""), script);
        assertEquals("13 minutes", root.at("/Build-site/timeout").asText());
        assertEquals("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^(main|release\\/[^\\/]*)$/"
                + " && $CI_COMMIT_BRANCH !~ /^(release\\/old)$/", root.at("/workflow/rules/1/if").asText());
        assertEquals("announce.gitlab-ci.yml", root.at("/Announce/trigger/include").asText());
    }

    @Test
    void theReportNamesWhatDidNotCarryOver() {
        List<String> notes = new GitLabExporter().write(Examples.everyProvider()).report().notes().stream()
                .map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.contains("SITE_TOKEN (masked)")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("for pwsh")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("cannot exclude") || n.contains("execution mode QUEUED")),
                notes::toString);
    }
}
