package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Severity;
import dev.pipewright.ui.canvas.CanvasItem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Below the toolkit: an AWS-only action is marked by its card's own style, not as a warning. */
class CanvasProblemsTest {

    @TempDir
    Path dir;

    @Test
    void theCannotRunHereWarningIsLeftToTheCardButOtherProblemsStay() throws Exception {
        Pipeline pipeline = PipelineFiles.read(Files.writeString(dir.resolve("p.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "p", "stages": [
                  { "name": "Deploy", "actions": [
                    { "name": "Release", "actionTypeId": { "category": "Deploy", "provider": "CodeDeploy" },
                      "runOrder": 1, "configuration": {} },
                    { "name": "Copy", "actionTypeId": { "category": "Deploy", "provider": "Folder" },
                      "runOrder": 1, "configuration": {} } ] } ] } }
                """));
        var providers = Providers.builtIn();
        var problems = PipelineValidator.validate(pipeline, providers);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("CodeDeploy") && !p.isError()),
                "the validator still says it: " + problems);
        var marks = CanvasProblems.of(pipeline, problems, providers);
        assertEquals(null, marks.get(new CanvasItem.CardItem(new ActionRef("Deploy", "Release"))));
        assertEquals(Severity.ERROR, marks.get(new CanvasItem.CardItem(new ActionRef("Deploy", "Copy"))).severity(),
                "a Folder deploy without its settings is still marked");
    }
}
