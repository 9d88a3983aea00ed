package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `pipewright retry --non-local` decides what the retried stage does with actions that only run on AWS. */
class RetryNonLocalTest {

    @TempDir
    Path dir;

    @Test
    void aRetryWithSimulateSimulatesTheAwsOnlyActionItSkippedBefore() throws Exception {
        Path fixed = dir.resolve("fixed");
        Path file = Files.writeString(dir.resolve("mixed.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "mixed", "stages": [ { "name": "Deploy", "actions": [
                  { "name": "ToFleet", "actionTypeId": { "category": "Deploy", "provider": "CodeDeploy" } },
                  { "name": "Check", "actionTypeId": { "category": "Build", "provider": "Shell" },
                    "configuration": { "commands": "test -e '%s'" } } ] } ] } }""".formatted(fixed));
        String runs = dir.resolve("runs").toString();

        Cli first = Cli.run("run", file.toString(), "--runs-dir", runs);
        assertEquals(PipewrightCommand.FAILED, first.exitCode(), first.all());
        ExecutionRecord failed = only(runs);
        assertEquals(ActionStatus.SKIPPED, status(failed, "ToFleet"), "a run skips AWS-only actions unless told");

        Files.createFile(fixed);
        Cli retry = Cli.run("retry", failed.executionId(), "Deploy", "--all", "--non-local", "simulate",
                "--runs-dir", runs);
        assertEquals(PipewrightCommand.OK, retry.exitCode(), retry.all());
        ExecutionRecord retried = only(runs);
        assertEquals(ActionStatus.SUCCEEDED, status(retried, "ToFleet"), "simulated on the retry, as asked");
        assertEquals(ActionStatus.SUCCEEDED, status(retried, "Check"));
    }

    private static ExecutionRecord only(String runs) {
        var history = new ExecutionStore(Path.of(runs)).history(Optional.of("mixed"));
        assertEquals(1, history.size());
        return history.get(0);
    }

    private static ActionStatus status(ExecutionRecord record, String action) {
        return record.action("Deploy", action).orElseThrow().status();
    }
}
