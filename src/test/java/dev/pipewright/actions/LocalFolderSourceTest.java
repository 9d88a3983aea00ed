package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.source.LocalFolderSource;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderSourceTest {

    @TempDir
    Path tmp;

    private TestContext context(Path root, ConfigValue path, ConfigValue excludes) {
        Action action = Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", path)
                .withSetting("excludes", excludes)
                .withOutputArtifacts(List.of(OutputArtifact.named("src")));
        return new TestContext(root, action);
    }

    @Test
    void copiesTheFolderLeavingOutExcludesAndVcsMetadata() throws Exception {
        TestContext ctx = context(tmp.resolve("a"), ConfigValue.text("app"), null);
        Path app = ctx.pipelineDir().resolve("app");
        TestFiles.write(app, "src/Main.java", "class Main {}");
        TestFiles.write(app, "README.md", "hi");
        TestFiles.write(app, ".git/HEAD", "ref");
        TestFiles.write(app, "lib/.git/config", "x");

        new LocalFolderSource().execute(ctx);

        assertEquals(Map.of("README.md", "hi", "src/Main.java", "class Main {}"),
                TestFiles.tree(ctx.outputArtifactDir("src")));
        assertEquals("2", ctx.variables.get("FileCount"));
        assertEquals(64, ctx.variables.get("Digest").length());
    }

    @Test
    void excludesSettingReplacesTheDefault() throws Exception {
        TestContext ctx = context(tmp.resolve("a"), ConfigValue.text("."), ConfigValue.list("**/*.log", "build"));
        TestFiles.write(ctx.pipelineDir(), "keep.txt", "k");
        TestFiles.write(ctx.pipelineDir(), "x.log", "l");
        TestFiles.write(ctx.pipelineDir(), "deep/y.log", "l");
        TestFiles.write(ctx.pipelineDir(), "build/out.bin", "b");

        new LocalFolderSource().execute(ctx);

        assertEquals(Map.of("keep.txt", "k"), TestFiles.tree(ctx.outputArtifactDir("src")));
    }

    @Test
    void digestIsStableAndChangesWithContent() throws Exception {
        String first = digestOf(tmp.resolve("one"), "hello");
        String again = digestOf(tmp.resolve("two"), "hello");
        String changed = digestOf(tmp.resolve("three"), "hellO");
        assertEquals(first, again);
        assertNotEquals(first, changed);
    }

    private String digestOf(Path root, String content) throws Exception {
        TestContext ctx = context(root, ConfigValue.text("app"), null);
        TestFiles.write(ctx.pipelineDir(), "app/b/file.txt", content);
        TestFiles.write(ctx.pipelineDir(), "app/a.txt", "a");
        Files.setLastModifiedTime(ctx.pipelineDir().resolve("app/a.txt"),
                java.nio.file.attribute.FileTime.fromMillis(root.hashCode() & 0xffff));
        new LocalFolderSource().execute(ctx);
        return ctx.variables.get("Digest");
    }

    @Test
    void missingFolderFailsNamingThePath() {
        TestContext ctx = context(tmp, ConfigValue.text("nope"), null);
        var e = assertThrows(ActionFailedException.class, () -> new LocalFolderSource().execute(ctx));
        assertFalse(e.getMessage().contains("Checkout"), "the engine names the action, not the provider: " + e.getMessage());
        assertTrue(e.getMessage().contains(ctx.pipelineDir().resolve("nope").toString()), e.getMessage());
    }

    @Test
    void refusesAPathOutsideThePipelineFolder() {
        TestContext ctx = context(tmp, ConfigValue.text("../.."), null);
        var e = assertThrows(ActionFailedException.class, () -> new LocalFolderSource().execute(ctx));
        assertTrue(e.getMessage().contains("'path'"), e.getMessage());
    }
}
