package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.codebuild.CodeBuild;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A buildspec file is read as every other file a person gives: bounded, in words when refused. */
class BuildspecFileTest {

    @TempDir
    Path tmp;

    @Test
    void aHugeBuildspecIsRefusedNamingTheLimit() throws Exception {
        var context = new TestContext(tmp, Action.of("Compile", ActionCategory.BUILD, "CodeBuild"));
        try (var raf = new RandomAccessFile(context.workDir().resolve("buildspec.yml").toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024); // sparse: nothing is written
        }
        var e = assertThrows(ActionFailedException.class, () -> new CodeBuild(ActionCategory.BUILD).execute(context));
        assertTrue(e.getMessage().contains("more than the 32 MB Pipewright reads"), e.getMessage());
    }
}
