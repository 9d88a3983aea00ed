package dev.pipewright.interop.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.actions.Providers;
import dev.pipewright.interop.Examples;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.SchemaCheck;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GitHubExportTest {

    static final String SCHEMA = "github-workflow.json";

    static JsonNode tree(Exported exported) throws Exception {
        return YamlReader.read(exported.mainText(), "x.yml").root();
    }

    @TestFactory
    Stream<DynamicTest> everyExportValidatesAgainstSchemaStoresWorkflowSchema() {
        var pipelines = new java.util.TreeMap<>(Examples.bundled());
        pipelines.put("every-provider (hand-built)", Examples.everyProvider());
        return pipelines.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            assertEquals(List.of(), PipelineValidator.validate(e.getValue(), Providers.builtIn()).stream()
                    .filter(p -> p.isError()).toList(), "the example itself is valid");
            Exported exported = dev.pipewright.interop.CheckedExports.github(e.getValue());
            assertEquals(List.of(), SchemaCheck.errors(SCHEMA, exported.mainText()), exported.mainText());
        }));
    }

    @Test
    void needsFollowStagesAndRunOrdersAndApprovalsAreEnvironments() throws Exception {
        Pipeline release = Examples.bundled().get("release-with-approval.pipeline.json");
        JsonNode jobs = tree(dev.pipewright.interop.CheckedExports.github(release)).path("jobs");
        assertEquals(List.of("Site", "Links", "Spelling", "Size", "Approve", "Publish"), fieldNames(jobs));
        assertEquals("[\"Site\"]", jobs.path("Links").path("needs").toString());
        assertEquals("[\"Links\",\"Spelling\",\"Size\",\"Site\"]", jobs.path("Approve").path("needs").toString());
        assertEquals("[\"Approve\",\"Site\"]", jobs.path("Publish").path("needs").toString());
        assertEquals("Approve", jobs.path("Approve").path("environment").path("name").asText());
        assertEquals("${{ needs.Site.outputs.Digest }}", jobs.path("Site").path("outputs").path("Digest").asText()
                .replace("steps.run", "needs.Site"));
        assertTrue(jobs.path("Approve").path("steps").get(0).path("run").asText()
                .contains("All checks passed for content ${{ needs.Site.outputs.Digest }}. Deploy the site?"));
    }

    @Test
    void variablesBecomeInputsAndEnvAndTheTriggerBecomesOnPush() throws Exception {
        JsonNode root = tree(dev.pipewright.interop.CheckedExports.github(Examples.everyProvider()));
        assertEquals("${{ inputs.Flavour || 'plain''s' }}", root.path("env").path("Flavour").asText());
        assertEquals("${{ secrets.SITE_TOKEN }}", root.path("env").path("Token").asText());
        assertEquals("Which flavour", root.at("/on/workflow_dispatch/inputs/Flavour/description").asText());
        assertEquals("[\"main\",\"release/*\",\"!release/old\"]", root.at("/on/push/branches").toString());
        assertEquals("[\"v0*\"]", root.at("/on/push/tags-ignore").toString());
        assertEquals("[\"site/**\"]", root.at("/on/push/paths").toString());
        assertEquals("max", root.at("/concurrency/queue").asText());
        JsonNode build = root.at("/jobs/Build-site");
        assertEquals(13, build.path("timeout-minutes").asInt());
        String run = build.path("steps").get(1).path("run").asText();
        assertTrue(run.contains("echo building ${{ env.Flavour }} from ${{ needs.Site.outputs.Digest }}"), run);
        assertTrue(run.startsWith("export PIPEWRIGHT_OUTPUT=\"$GITHUB_OUTPUT\""), run);
        assertEquals("sh -e {0}", build.path("steps").get(1).path("shell").asText());
        assertEquals("${{ env.Token }}", build.path("steps").get(1).path("env").path("TOKEN").asText());
        JsonNode check = root.at("/jobs/Check");
        assertEquals("${{ runner.temp }}/in/SiteFiles", check.path("steps").get(1).path("with").path("path").asText());
        assertEquals("./.github/workflows/announce.yml", root.at("/jobs/Announce/uses").asText());
    }

    @Test
    void theReportNamesWhatDidNotCarryOver() {
        List<String> notes = dev.pipewright.interop.CheckedExports.github(Examples.everyProvider()).report().notes().stream()
                .map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.contains("Approve") && n.contains("required reviewers")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("repository secret SITE_TOKEN")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("x-note fields are not written")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("announce.pipeline.json")), notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("folder of the runner")), notes::toString);
    }

    @Test
    void theSchemaCheckCanFail() {
        // a job without steps or uses, and an unknown key: the validator must say so, or the tests above prove nothing
        assertTrue(!SchemaCheck.errors(SCHEMA, "on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n").isEmpty());
    }

    static List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
