package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.github.GitHubExporter;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabExporter;
import dev.pipewright.interop.gitlab.GitLabImporter;
import dev.pipewright.interop.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the constructs the round trip over the corpus found changed, hand-made: a named job's
 * own steps, needs as written (none, or a matrix job's), a matrix computed at run time, GitLab job
 * names Pipewright's names cannot hold, and a pages job.
 */
class RoundTripConstructsTest {

    @Test
    void aGitHubWorkflowComesBackWithItsStepsNeedsAndComputedMatrix() throws Exception {
        String workflow = """
                name: constructs
                on: push
                jobs:
                  lint:
                    name: Lint it
                    runs-on: ubuntu-latest
                    outputs:
                      matrix: ${{ steps.m.outputs.matrix }}
                    steps:
                      - uses: actions/checkout@v4
                      - id: m
                        run: echo 'matrix={"os":["ubuntu-latest"]}' >> "$GITHUB_OUTPUT"
                  build:
                    strategy:
                      matrix:
                        os: [linux, mac]
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo build ${{ matrix.os }}
                  computed:
                    needs: lint
                    strategy:
                      matrix: ${{ fromJSON(needs.lint.outputs.matrix) }}
                    runs-on: ${{ matrix.os }}
                    steps:
                      - run: echo computed
                  check:
                    needs: [build]
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo check
                """;
        var imported = new GitHubImporter().read(workflow, "constructs.yml");
        var exported = dev.pipewright.interop.CheckedExports.github(imported.pipeline());
        String yaml = exported.mainText();
        assertEquals(List.of(), SchemaCheck.errors("github-workflow.json", yaml), yaml);
        JsonNode jobs = YamlReader.read(yaml, "constructs.yml").root().path("jobs");
        assertTrue(jobs.at("/lint/needs").isMissingNode(), "lint needs nothing, as written (it checks out itself): " + yaml);
        assertEquals("actions/checkout@v4", jobs.at("/lint/steps/0/uses").asText(), yaml);
        assertEquals("m", jobs.at("/lint/steps/1/id").asText(), yaml);
        assertEquals("[\"build-linux\",\"build-mac\"]", jobs.at("/check/needs").toString(),
                "a matrix job's needers need each of its combinations: " + yaml);
        assertEquals("${{ fromJSON(needs.lint.outputs.matrix) }}", jobs.at("/computed/strategy/matrix").asText(), yaml);
        assertEquals("[\"lint\"]", jobs.at("/computed/needs").toString(), yaml);
        String notes = exported.report().notes().toString() + imported.report().notes();
        assertTrue(notes.contains("its matrix is imported as 2 parallel actions"), notes);
        assertTrue(notes.contains("as the imported job did"), notes);
    }

    @Test
    void aStepWithNeitherRunNorUsesComesBackAsItWas() throws Exception {
        String workflow = """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo one
                      - name: Sync
                        wait: pigz
                """;
        String yaml = new GitHubExporter().write(new GitHubImporter().read(workflow, "w.yml").pipeline()).mainText();
        JsonNode step = YamlReader.read(yaml, "w.yml").root().at("/jobs/build/steps/1");
        assertEquals("pigz", step.path("wait").asText(), yaml);
        assertTrue(step.path("run").isMissingNode(), yaml);
    }

    @Test
    void aGitLabFileComesBackWithItsJobNames() throws Exception {
        String file = """
                stages: [build, deploy]
                "fedora:33@build":
                  stage: build
                  script: [echo fedora]
                pages:
                  stage: deploy
                  needs: ["fedora:33@build"]
                  script: [mkdir -p public]
                  artifacts:
                    paths: [public]
                """;
        String yaml = dev.pipewright.interop.CheckedExports.gitlab(new GitLabImporter().read(file, ".gitlab-ci.yml").pipeline()).mainText();
        assertEquals(List.of(), SchemaCheck.errors("gitlab-ci.json", yaml), yaml);
        JsonNode root = YamlReader.read(yaml, ".gitlab-ci.yml").root();
        assertTrue(root.path("fedora:33@build").isObject(), yaml);
        assertEquals("fedora:33@build", root.at("/pages/needs/0/job").asText(), yaml);
        assertTrue(root.at("/pages/script").toString().contains("mkdir -p public"), yaml);
    }
}
