package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.invoke.PipelineInvoke;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineInvokeTest {

    @TempDir
    Path tmp;

    private TestContext context() throws Exception {
        Action action = Action.of("Child", ActionCategory.INVOKE, "Pipeline")
                .withSetting("pipelineFile", ConfigValue.text("deploy.pipeline.json"))
                .withSetting("variables", new ConfigValue.TextMap(Map.of("env", "staging")));
        TestContext ctx = new TestContext(tmp, action);
        TestFiles.write(ctx.pipelineDir(), "deploy.pipeline.json", "{}");
        return ctx;
    }

    @Test
    void runsTheChildAndOutputsItsOutcome() throws Exception {
        TestContext ctx = context();
        ctx.childRunner = (file, variables) -> {
            assertEquals(ctx.pipelineDir().resolve("deploy.pipeline.json"), file);
            assertEquals(Map.of("env", "staging"), variables);
            return new ActionContext.ChildRun("child-7", "Succeeded", true);
        };
        new PipelineInvoke().execute(ctx);
        assertEquals(Map.of("ExecutionId", "child-7", "Status", "Succeeded"), ctx.variables);
    }

    @Test
    void failedChildFailsTheAction() throws Exception {
        TestContext ctx = context();
        ctx.childRunner = (file, variables) -> new ActionContext.ChildRun("child-8", "Failed", false);
        var e = assertThrows(ActionFailedException.class, () -> new PipelineInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("ended Failed"), e.getMessage());
        assertEquals("Failed", ctx.variables.get("Status"));
    }

    @Test
    void missingFileFailsNamingIt() throws Exception {
        Action action = Action.of("Child", ActionCategory.INVOKE, "Pipeline")
                .withSetting("pipelineFile", ConfigValue.text("nope.pipeline.json"));
        TestContext ctx = new TestContext(tmp, action);
        var e = assertThrows(ActionFailedException.class, () -> new PipelineInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("nope.pipeline.json"), e.getMessage());
    }
}
