package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop a {@code pipewright run}: exit code 3 as documented, and the last
 * lines (the outcome, where the logs are) always printed. Several runs each, since losing the last
 * lines was a race.
 */
class StopSignalTest {

    private static final int RUNS = 4;

    @TempDir
    Path dir;

    private OtherJvm jvm;

    @AfterEach
    void end() {
        if (jvm != null) {
            jvm.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheRunWithExitCode3AndItsLastLines(String signal) throws Exception {
        for (int i = 0; i < RUNS; i++) {
            Path out = dir.resolve(signal + i + ".out");
            jvm = new OtherJvm(out);
            Path started = dir.resolve(signal + i + ".started");
            Path file = Files.writeString(dir.resolve(signal + i + ".pipeline.json"), """
                    { "schemaVersion": 1, "pipeline": { "name": "stop", "stages": [ { "name": "Build", "actions": [
                      { "name": "Long", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                        "configuration": { "commands": "echo yes > '%s'; sleep 300" } } ] } ] } }
                    """.formatted(started));
            Process run = jvm.pipewright("run", file.toString(), "--runs-dir", dir.resolve("runs").toString());
            jvm.waitFor("the action to start", () -> Optional.of(started).filter(Files::exists));
            // at different moments of the action, as a person would press Ctrl-C
            Thread.sleep(50L * i);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());

            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ends after SIG" + signal);
            String said = jvm.output();
            assertEquals(3, run.exitValue(), "SIG" + signal + ", run " + i + ":\n" + said);
            assertTrue(said.contains("Stopped in "), "SIG" + signal + ", run " + i + ":\n" + said);
            assertTrue(said.contains("Logs and artifacts: "), "SIG" + signal + ", run " + i + ":\n" + said);
            jvm.close();
        }
    }

    @Test
    void aSignalWhileTheRunStartsStopsItToo() throws Exception {
        jvm = new OtherJvm(dir.resolve("early.out"));
        Path file = Files.writeString(dir.resolve("early.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "early", "stages": [ { "name": "Build", "actions": [
                  { "name": "Long", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "sleep 300" } } ] } ] } }
                """);
        Process run = jvm.pipewright("run", file.toString(), "--runs-dir", dir.resolve("runs").toString());
        Path pipelineDir = dir.resolve("runs").resolve("early");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // as soon as the execution's folder appears: the run is starting
        while (!Files.isDirectory(pipelineDir) && run.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());

        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ends after SIGINT");
        String said = jvm.output();
        assertEquals(3, run.exitValue(), said);
        assertTrue(said.contains("Stopped in ") && said.contains("Logs and artifacts: "), said);
    }
}
