package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate warns about each deploy target outside the pipeline's folder, with where it resolves. */
class OutsideWritesValidateTest {

    @TempDir
    Path tmp;

    @Test
    void targetsOutsideThePipelinesFolderAreWarningsWithTheirAbsolutePath() throws Exception {
        Path project = Files.createDirectories(tmp.resolve("team/project"));
        Path absolute = tmp.resolve("www/site");
        Path file = Files.writeString(project.resolve("deploy.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "deploy", "stages": [
                  { "name": "Build", "actions": [
                    { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": "echo hi > index.html" },
                      "outputArtifacts": [ { "name": "Site" } ] } ] },
                  { "name": "Ship", "actions": [
                    { "name": "Climb", "actionTypeId": { "category": "Deploy", "provider": "Folder" }, "runOrder": 1,
                      "configuration": { "target": "../../elsewhere" }, "inputArtifacts": [ { "name": "Site" } ] },
                    { "name": "Www", "actionTypeId": { "category": "Deploy", "provider": "Folder" }, "runOrder": 1,
                      "configuration": { "target": "%s/#{codepipeline.PipelineExecutionId}" }, "inputArtifacts": [ { "name": "Site" } ] },
                    { "name": "Zip", "actionTypeId": { "category": "Deploy", "provider": "Archive" }, "runOrder": 1,
                      "configuration": { "target": "../site.zip", "format": "zip" }, "inputArtifacts": [ { "name": "Site" } ] },
                    { "name": "Inside", "actionTypeId": { "category": "Deploy", "provider": "Folder" }, "runOrder": 1,
                      "configuration": { "target": "dist/../out-#{codepipeline.PipelineExecutionId}" }, "inputArtifacts": [ { "name": "Site" } ] } ] } ] } }
                """.formatted(absolute));

        Cli cli = Cli.run("validate", file.toString());

        assertEquals(PipewrightCommand.OK, cli.exitCode(), "warnings do not fail validate\n" + cli.all());
        assertTrue(cli.out().contains(file + ": ok"), cli.all());
        String[] warnings = cli.err().lines().filter(l -> l.contains("warning:")).toArray(String[]::new);
        assertEquals(3, warnings.length, cli.err());
        assertTrue(warnings[0].startsWith(file + ":8:"), warnings[0]);
        assertTrue(warnings[0].contains("'Climb' in stage 'Ship' writes outside the pipeline's folder, to "
                + tmp.resolve("elsewhere") + " (setting 'target': '../../elsewhere')"), warnings[0]);
        assertTrue(warnings[1].contains("'Www' in stage 'Ship' writes outside the pipeline's folder, to " + absolute),
                warnings[1]);
        assertTrue(warnings[2].contains("'Zip' in stage 'Ship' writes outside the pipeline's folder, to "
                + tmp.resolve("team/site.zip")), warnings[2]);
        assertFalse(cli.err().contains("'Inside'"), cli.err());
    }
}
