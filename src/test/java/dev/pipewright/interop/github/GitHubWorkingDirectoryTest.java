package dev.pipewright.interop.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.Fixtures;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.io.PipelineFiles;
import org.junit.jupiter.api.Test;

/**
 * A Shell action's commands run in its working directory, but Pipewright picks its output files
 * from the action's working folder (found by running the GitLab export of the same pipeline in
 * gitlab-ci-local: the files were looked for in the wrong folder). The GitHub export picks them
 * from the job's folder too.
 */
class GitHubWorkingDirectoryTest {

    @Test
    void outputFilesArePickedFromTheWorkingFolderNotTheWorkingDirectory() throws Exception {
        var pipeline = PipelineFiles.read(Fixtures.resource("/dev/pipewright/interop/gitlab/constructs.pipeline.json"),
                "constructs.pipeline.json");
        JsonNode steps = YamlReader.read(dev.pipewright.interop.CheckedExports.github(pipeline).mainText(), "x.yml").root()
                .at("/jobs/Make/steps");
        JsonNode run = null;
        JsonNode pick = null;
        for (JsonNode step : steps) {
            if (step.path("id").asText().equals("run")) {
                run = step;
            } else if (step.path("name").asText().equals("Pick the files of Built")) {
                pick = step;
            }
        }
        assertEquals("src", run.path("working-directory").asText(), steps.toString());
        assertTrue(pick.path("working-directory").isMissingNode(), steps.toString());
    }
}
