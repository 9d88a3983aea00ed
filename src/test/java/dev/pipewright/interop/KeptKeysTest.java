package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabImporter;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4, from hand-made files: every key an import does not map is kept under
 * {@code x-github}/{@code x-gitlab} at the level it was found (workflow, job, step), named in the
 * report, and written back on export. The losses found before: a job output fed by a uses step,
 * the workflow's default working directory, an artifact's retention-days, an environment's name.
 */
class KeptKeysTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String WORKFLOW = """
            name: kept
            on:
              push:
                branches: [main]
              pull_request:
                types: [opened]
              schedule:
                - cron: '0 3 * * 1'
            permissions:
              contents: read
            concurrency: kept-group
            defaults:
              run:
                working-directory: app
            env:
              GOOD: one
            jobs:
              image:
                runs-on: ubuntu-22.04
                if: github.event_name == 'push'
                outputs:
                  tags: ${{ steps.meta.outputs.tags }}
                  version: ${{ steps.v.outputs.version }}
                steps:
                  - uses: actions/checkout@v4
                  - id: meta
                    uses: docker/metadata-action@v5
                    with:
                      images: example/app
                  - id: v
                    name: Version
                    run: echo "version=1.2" >> "$GITHUB_OUTPUT"
                    continue-on-error: true
                  - name: Build
                    run: |
                      make
                      echo built
                    env:
                      LEVEL: high
                  - uses: actions/upload-artifact@v4
                    with:
                      name: app
                      path: dist/
                      retention-days: 5
              deploy:
                needs: image
                runs-on: ubuntu-latest
                environment:
                  name: production
                  url: https://example.org
                steps:
                  - run: echo deploying ${{ needs.image.outputs.version }} as ${{ needs.image.outputs.tags }}
            """;

    static final String GITLAB = """
            include:
              - local: templates/extra.yml
            workflow:
              name: kept
              rules:
                - if: $CI_COMMIT_BRANCH == "main"
            default:
              interruptible: true
            stages: [build, deploy]
            variables:
              GOOD: one
            .template:
              tags: [docker]
            .on-tags:
              rules:
                - if: $CI_COMMIT_TAG
            build:
              stage: build
              image: alpine:3.19
              script:
                - echo build > out.txt
              artifacts:
                paths: [out.txt]
                expire_in: 1 week
              retry: 2
            deploy:
              stage: deploy
              needs: [build]
              environment:
                name: production
                url: https://example.org
              rules:
                - !reference [.on-tags, rules]
                - if: $CI_PIPELINE_SOURCE == "web"
              script:
                - echo deploy
            """;

    @Test
    void aGitHubWorkflowKeepsWhatItDoesNotMapAtEachLevelAndWritesItBack() throws Exception {
        Imported imported = new GitHubImporter().read(WORKFLOW, "kept.yml");
        Pipeline pipeline = imported.pipeline();
        JsonNode workflow = JSON.readTree(pipeline.extensions().get("x-github"));
        assertEquals("0 3 * * 1", workflow.at("/on/schedule/0/cron").asText(), workflow.toString());
        assertEquals("[\"opened\"]", workflow.at("/on/pull_request/types").toString());
        assertEquals("read", workflow.at("/permissions/contents").asText());
        assertEquals("kept-group", workflow.path("concurrency").asText());
        assertTrue(workflow.at("/on/push").isMissingNode(), "push is the trigger, not kept");
        assertTrue(workflow.path("defaults").isMissingNode(), "the default working directory is mapped onto each job");

        Action image = action(pipeline, "image");
        assertEquals("app", image.setting("workingDirectory").orElseThrow().asText(),
                "the workflow's defaults.run.working-directory reaches the job");
        JsonNode job = JSON.readTree(image.extensions().get("x-github"));
        assertEquals("ubuntu-22.04", job.path("runs-on").asText());
        assertEquals("${{ steps.meta.outputs.tags }}", job.at("/outputs/tags").asText(), "an output fed by a uses step");
        assertEquals("docker/metadata-action@v5", job.at("/steps/1/uses").asText());
        assertEquals("meta", job.at("/steps/1/id").asText());
        assertTrue(job.at("/steps/2/continue-on-error").asBoolean(), job.toString());
        assertEquals(5, job.at("/steps/4/with/retention-days").asInt(), "the artifact's retention-days");
        JsonNode deploy = JSON.readTree(action(pipeline, "deploy").extensions().get("x-github"));
        assertEquals("production", deploy.at("/environment/name").asText());

        String report = imported.report().notes().toString();
        for (String named : List.of("schedule", "pull_request", "permissions", "concurrency", "runs-on", "outputs",
                "environment", "continue-on-error", "id")) {
            assertTrue(report.contains(named), "the report names " + named + ": " + report);
        }

        String yaml = dev.pipewright.interop.CheckedExports.github(pipeline).mainText();
        assertEquals(List.of(), SchemaCheck.errors("github-workflow.json", yaml), yaml);
        JsonNode out = YamlReader.read(yaml, "kept.yml").root();
        assertEquals("0 3 * * 1", out.at("/on/schedule/0/cron").asText(), yaml);
        assertTrue(out.at("/on/pull_request").isObject(), yaml);
        assertEquals("read", out.at("/permissions/contents").asText(), yaml);
        assertEquals("kept-group", out.path("concurrency").asText(), yaml);
        JsonNode imageJob = out.at("/jobs/image");
        assertEquals("ubuntu-22.04", imageJob.path("runs-on").asText(), yaml);
        assertEquals("github.event_name == 'push'", imageJob.path("if").asText(), yaml);
        assertEquals("${{ steps.meta.outputs.tags }}", imageJob.at("/outputs/tags").asText(), yaml);
        assertEquals("app", imageJob.at("/defaults/run/working-directory").asText(), yaml);
        assertEquals(5, imageJob.path("steps").size(), "the same steps: " + yaml);
        assertEquals("docker/metadata-action@v5", imageJob.at("/steps/1/uses").asText(), yaml);
        assertEquals("echo \"version=1.2\" >> \"$GITHUB_OUTPUT\"", imageJob.at("/steps/2/run").asText(), yaml);
        assertEquals("make\necho built", imageJob.at("/steps/3/run").asText(), yaml);
        assertEquals("high", imageJob.at("/steps/3/env/LEVEL").asText(), yaml);
        assertEquals(5, imageJob.at("/steps/4/with/retention-days").asInt(), yaml);
        assertEquals("production", out.at("/jobs/deploy/environment/name").asText(), "the environment keeps its name");
        assertTrue(out.at("/jobs/deploy/steps/0/run").asText().contains("${{ needs.image.outputs.tags }}"), yaml);
    }

    @Test
    void aGitLabFileKeepsWhatItDoesNotMapAtEachLevelAndWritesItBack() throws Exception {
        Imported imported = new GitLabImporter().read(GITLAB, ".gitlab-ci.yml");
        Pipeline pipeline = imported.pipeline();
        JsonNode file = JSON.readTree(pipeline.extensions().get("x-gitlab"));
        assertEquals("templates/extra.yml", file.at("/include/0/local").asText(), file.toString());
        assertEquals("$CI_COMMIT_BRANCH == \"main\"", file.at("/workflow/rules/0/if").asText());
        assertTrue(file.at("/workflow/name").isMissingNode(), "the name is the pipeline's");
        assertEquals("[\"docker\"]", file.at("/.template/tags").toString());
        assertTrue(file.at("/default/interruptible").asBoolean());
        JsonNode build = JSON.readTree(action(pipeline, "build").extensions().get("x-gitlab"));
        assertEquals("alpine:3.19", build.path("image").asText());
        assertEquals("1 week", build.at("/artifacts/expire_in").asText());
        assertTrue(build.at("/artifacts/paths").isMissingNode(), "the paths are the output artifact");
        assertEquals(2, build.path("retry").asInt());
        JsonNode deploy = JSON.readTree(action(pipeline, "deploy").extensions().get("x-gitlab"));
        assertEquals("production", deploy.at("/environment/name").asText());
        assertEquals("$CI_COMMIT_TAG", deploy.at("/rules/0/if").asText(), "a !reference's list is flattened, as GitLab does");
        assertEquals("$CI_PIPELINE_SOURCE == \"web\"", deploy.at("/rules/1/if").asText());
        String report = imported.report().notes().toString();
        for (String named : List.of("include", "workflow", "default", ".template", "image", "expire_in", "retry",
                "environment", "rules")) {
            assertTrue(report.contains(named), "the report names " + named + ": " + report);
        }

        String yaml = dev.pipewright.interop.CheckedExports.gitlab(pipeline).mainText();
        assertEquals(List.of(), SchemaCheck.errors("gitlab-ci.json", yaml), yaml);
        JsonNode out = YamlReader.read(yaml, ".gitlab-ci.yml").root();
        assertEquals("templates/extra.yml", out.at("/include/0/local").asText(), yaml);
        assertEquals("$CI_COMMIT_BRANCH == \"main\"", out.at("/workflow/rules/0/if").asText(), yaml);
        assertEquals("[\"docker\"]", out.at("/.template/tags").toString(), yaml);
        assertEquals("alpine:3.19", out.at("/build/image").asText(), yaml);
        assertEquals("1 week", out.at("/build/artifacts/expire_in").asText(), yaml);
        assertEquals(2, out.at("/build/retry").asInt(), yaml);
        assertEquals("production", out.at("/deploy/environment/name").asText(), yaml);
        assertEquals("$CI_COMMIT_TAG", out.at("/deploy/rules/0/if").asText(), yaml);
        assertFalse(out.at("/deploy/script").toString().isEmpty());
    }

    static Action action(Pipeline pipeline, String name) {
        return pipeline.stages().stream().flatMap(s -> s.actions().stream()).filter(a -> a.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no action " + name + " in " + pipeline));
    }
}
