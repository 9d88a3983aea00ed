package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer fixes a failing command in the file and retries: the retry runs the execution's own
 * copy (as CodePipeline's does), so the command line must say the fix is not in it and how to run it.
 */
class RetryAfterEditTest {

    @TempDir
    Path dir;

    @Test
    void aRetryAfterTheFileChangedSaysTheChangeIsNotWhatRuns() throws Exception {
        Path file = write("false");
        String runs = dir.resolve("runs").toString();
        Cli first = Cli.run("run", file.toString(), "--runs-dir", runs);
        assertEquals(PipewrightCommand.FAILED, first.exitCode(), first.all());
        String id = latest(runs).executionId();

        write("true");
        Cli retry = Cli.run("retry", id, "Build", "--runs-dir", runs);

        assertEquals(PipewrightCommand.FAILED, retry.exitCode(), "the retry ran the copy, which still fails");
        assertTrue(retry.err().contains("changed since execution " + id), retry.err());
        assertTrue(retry.err().contains("action 'Build/Check' changed"), retry.err());
        assertTrue(retry.err().contains("pipewright run " + file.toAbsolutePath().normalize()), retry.err());
    }

    @Test
    void aRetryOfAnUnchangedFileSaysNothingMore() throws Exception {
        Path file = write("false");
        String runs = dir.resolve("runs").toString();
        Cli.run("run", file.toString(), "--runs-dir", runs);

        Cli retry = Cli.run("retry", latest(runs).executionId(), "Build", "--runs-dir", runs);

        assertEquals(PipewrightCommand.FAILED, retry.exitCode(), retry.all());
        assertFalse(retry.err().contains("changed since"), retry.err());
    }

    private Path write(String command) throws Exception {
        return Files.writeString(dir.resolve("fix.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "fix", "stages": [ { "name": "Build", "actions": [
                  { "name": "Check", "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "%s" } } ] } ] } }""".formatted(command));
    }

    private static ExecutionRecord latest(String runs) {
        return new ExecutionStore(Path.of(runs)).history(Optional.of("fix")).get(0);
    }
}
