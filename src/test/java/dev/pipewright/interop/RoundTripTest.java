package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pipewright.actions.Providers;
import dev.pipewright.interop.github.GitHubExporter;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabExporter;
import dev.pipewright.interop.gitlab.GitLabImporter;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Export then import again: the order of the work survives, and the result is a valid pipeline. */
class RoundTripTest {

    @Test
    void gitHubKeepsTheOrderOfTheWork() throws Exception {
        Pipeline release = Examples.bundled().get("release-with-approval.pipeline.json");
        Pipeline back = new GitHubImporter().read(dev.pipewright.interop.CheckedExports.github(release).mainText(), "release.yml").pipeline();
        assertEquals(List.of(
                "Source: Checkout@1",
                "Site: Site@1",
                "Stage-2: Links@1, Spelling@1, Size@1",
                "Approve: approve-Approve@1, Approve@2",
                "Publish: Publish@1"), Fixtures.layout(back));
        assertValid(back);
        Pipeline again = new GitHubImporter().read(dev.pipewright.interop.CheckedExports.github(back).mainText(), "release.yml").pipeline();
        assertValid(again);
    }

    @Test
    void gitLabKeepsStagesAndRunOrders() throws Exception {
        Pipeline back = new GitLabImporter().read(dev.pipewright.interop.CheckedExports.gitlab(Examples.everyProvider()).mainText(),
                ".gitlab-ci.yml").pipeline();
        assertEquals(List.of(
                "Source: Checkout@1",
                "Source-2: Site@1",
                "Build: Build-site@1, Check@2, Ping@2",
                "Release: approve-Approve@1, Approve@2, Pack@3, Publish@3, Announce@4"), Fixtures.layout(back));
        assertValid(back);
        assertEquals(List.of("Flavour"), back.variables().stream().map(v -> v.name()).toList());
    }

    static void assertValid(Pipeline pipeline) {
        List<Problem> errors = PipelineValidator.validate(pipeline, Providers.builtIn()).stream()
                .filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
    }
}
