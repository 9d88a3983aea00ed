package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pipewright.interop.codepipeline.CodePipelineChecks;
import dev.pipewright.interop.codepipeline.CodePipelineExporter;
import dev.pipewright.interop.github.GitHubExporter;
import dev.pipewright.interop.gitlab.GitLabExporter;
import dev.pipewright.model.Pipeline;
import java.nio.file.Files;
import java.util.List;

/**
 * Exports as the tests make them, each checked against the target's own schema (SchemaStore's
 * github-workflow.json, GitLab's ci.json, CodePipeline's structure rules and API model) from
 * {@code ../shared/schemas} where they are present: every export in the suite passes them.
 */
public final class CheckedExports {

    private CheckedExports() {
    }

    public static Exported github(Pipeline pipeline) {
        return checked(new GitHubExporter().write(pipeline), "github-workflow.json");
    }

    public static Exported gitlab(Pipeline pipeline) {
        return checked(new GitLabExporter().write(pipeline), "gitlab-ci.json");
    }

    public static Exported codePipeline(Pipeline pipeline) throws InteropException {
        Exported exported = new CodePipelineExporter().write(pipeline);
        if (Files.isRegularFile(SharedFiles.SHARED.resolve("schemas/codepipeline-service-2.json"))) {
            assertEquals(List.of(), CodePipelineChecks.problems(exported.mainText()), exported.mainText());
        }
        return exported;
    }

    private static Exported checked(Exported exported, String schema) {
        if (Files.isRegularFile(SharedFiles.SHARED.resolve("schemas").resolve(schema))) {
            assertEquals(List.of(), SchemaCheck.errors(schema, exported.mainText()), exported.mainText());
        }
        return exported;
    }
}
