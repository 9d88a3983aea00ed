package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pipewright run --simulate}: nothing executed, failures on purpose, retry, step-through. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreInput() {
        RunCommand.stepInput = System.in;
    }

    /** Every action would leave a file in {@code outside} if it really ran. */
    private Path pipeline() throws Exception {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        String touch = "touch '" + outside + "/%s'";
        String json = """
                {"schemaVersion": 1, "pipeline": {"name": "sim-cli", "stages": [
                  {"name": "Build", "actions": [{"name": "Compile", "actionTypeId": {"category": "Build", "provider": "Shell"},
                     "runOrder": 1, "configuration": {"commands": "%s"}, "outputArtifacts": [{"name": "Program"}]}]},
                  {"name": "Test", "actions": [{"name": "Unit", "actionTypeId": {"category": "Test", "provider": "Shell"},
                     "runOrder": 1, "configuration": {"commands": "%s"}, "inputArtifacts": [{"name": "Program"}]}]},
                  {"name": "Deploy", "actions": [{"name": "Ship", "actionTypeId": {"category": "Build", "provider": "Shell"},
                     "runOrder": 1, "configuration": {"commands": "%s"}}]}]}}
                """.formatted(touch.formatted("compiled"), touch.formatted("tested"), touch.formatted("shipped"));
        Path file = dir.resolve("project").resolve("sim-cli.pipeline.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    private List<Path> everythingOutsideTheRunsFolder() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.startsWith(dir.resolve("runs"))).sorted().toList();
        }
    }

    @Test
    void aSimulatedFailureExitsOneWithThatActionFailedAndExecutesNothing() throws Exception {
        Path file = pipeline();
        var before = everythingOutsideTheRunsFolder();
        long childrenBefore = ProcessHandle.current().descendants().count();
        Cli cli = Cli.run("run", file.toString(), "--simulate", "--fail", "Test/Unit", "--speed", "50",
                "--runs-dir", dir.resolve("runs").toString());
        assertEquals(1, cli.exitCode(), cli.all());
        assertTrue(cli.out().contains("Simulating: nothing is executed"), cli.out());
        assertTrue(cli.out().matches("(?s).*Test/Unit\\s+✘.*failed in simulation.*"), cli.out());
        assertFalse(cli.out().contains("Deploy/Ship"), "the later stage did not run: " + cli.out());
        assertEquals(before, everythingOutsideTheRunsFolder(), "no file was written outside the runs folder");
        assertEquals(childrenBefore, ProcessHandle.current().descendants().count(), "no process was left");

        Cli history = Cli.run("history", "--runs-dir", dir.resolve("runs").toString());
        assertTrue(history.out().contains("Failed (simulated)"), history.out());
        String id = history.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        Cli retry = Cli.run("retry", id, "Test", "--runs-dir", dir.resolve("runs").toString());
        assertEquals(0, retry.exitCode(), "a retry clears the injected failure: " + retry.all());
        assertTrue(retry.out().contains("Deploy/Ship"), retry.out());
        assertEquals(before, everythingOutsideTheRunsFolder(), "the retry executed nothing either");
    }

    @Test
    void stepThroughPausesBeforeEachActionAndGoesOnWithEnter() throws Exception {
        Path file = pipeline();
        RunCommand.stepInput = new ByteArrayInputStream("\n\n\n".getBytes(StandardCharsets.UTF_8));
        Cli cli = Cli.run("run", file.toString(), "--simulate", "--step", "--speed", "50",
                "--runs-dir", dir.resolve("runs").toString());
        assertEquals(0, cli.exitCode(), cli.all());
        String out = cli.out();
        int pausedCompile = out.indexOf("paused before Build/Compile");
        int ranCompile = out.indexOf("Build/Compile", pausedCompile + 30);
        assertTrue(pausedCompile >= 0 && ranCompile > pausedCompile, out);
        assertTrue(out.contains("paused before Test/Unit"), out);
        assertTrue(out.contains("paused before Deploy/Ship"), out);
    }

    @Test
    void optionsOfASimulationAreRefusedWithoutItAndUnknownActionsAreNamed() throws Exception {
        Path file = pipeline();
        Cli real = Cli.run("run", file.toString(), "--fail", "Test/Unit", "--runs-dir", dir.resolve("runs").toString());
        assertEquals(2, real.exitCode());
        assertTrue(real.err().contains("only go with --simulate"), real.err());
        Cli unknown = Cli.run("run", file.toString(), "--simulate", "--fail", "Test/Nope",
                "--runs-dir", dir.resolve("runs").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no action Test/Nope") && unknown.err().contains("Test/Unit"), unknown.err());
        assertFalse(Files.exists(dir.resolve("runs")), "nothing started");
    }
}
