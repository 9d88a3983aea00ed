package dev.pipewright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pipeline will do, read from the catalog's setting roles: commands, outside writes, calls, clones. */
class RunPreviewTest {

    @TempDir
    Path dir;

    @Test
    void listsEachActionsCommandsWritesCallsAndClones() {
        Path folder = dir.resolve("project");
        var pipeline = Pipeline.of("p",
                Stage.of("Source", Action.of("Repo", ActionCategory.SOURCE, "Git")
                        .withConfiguration(Map.of("url", ConfigValue.text("https://ada:t0ken-xyz@git.example.org/x.git")))),
                Stage.of("Build", Action.of("Make", ActionCategory.BUILD, "Shell")
                        .withConfiguration(Map.of("commands", new ConfigValue.TextList(List.of("make", "make test"))))),
                Stage.of("Ship",
                        Action.of("Web", ActionCategory.DEPLOY, "Folder")
                                .withConfiguration(Map.of("target", ConfigValue.text("/var/www/site"))),
                        Action.of("Local", ActionCategory.DEPLOY, "Folder")
                                .withConfiguration(Map.of("target", ConfigValue.text("dist"))),
                        Action.of("Hook", ActionCategory.INVOKE, "Http")
                                .withConfiguration(Map.of("url", ConfigValue.text("https://hooks.example.org/go"))),
                        Action.of("Child", ActionCategory.INVOKE, "Pipeline")
                                .withConfiguration(Map.of("pipelineFile", ConfigValue.text("../shared/deploy.pipeline.json")))));

        RunPreview preview = RunPreview.of(pipeline, Providers.builtIn(), folder);

        var byName = new java.util.HashMap<String, RunPreview.ActionPreview>();
        preview.actions().forEach(a -> byName.put(a.action(), a));
        assertEquals(List.of("https://ada:****@git.example.org/x.git"), byName.get("Repo").clones());
        assertEquals(List.of("make\nmake test"), byName.get("Make").commands());
        assertEquals(List.of(Path.of("/var/www/site")), byName.get("Web").writesOutside());
        assertFalse(byName.get("Local").doesAnything(), "a deploy inside the folder is nothing to warn about");
        assertEquals(List.of("https://hooks.example.org/go"), byName.get("Hook").calls());
        assertTrue(byName.get("Hook").commands().isEmpty());
        assertEquals(List.of(dir.resolve("shared").resolve("deploy.pipeline.json")), byName.get("Child").runsPipelines());
    }
}
