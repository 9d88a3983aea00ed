package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.process.ProcessTree;
import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code pipewright run} killed outright (SIGKILL): what it leaves behind. */
class CrashTest {

    @TempDir
    Path dir;

    private OtherJvm jvm;
    private List<ProcessHandle> actions = List.of();

    @AfterEach
    void end() {
        if (jvm != null) {
            jvm.close();
        }
        actions.forEach(ProcessHandle::destroyForcibly); // when the test failed, they outlived their JVM
    }

    private Process run(String commands) throws Exception {
        jvm = new OtherJvm(dir.resolve("other-jvm.out"));
        Path file = Files.writeString(dir.resolve("crash.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "crash", "stages": [ { "name": "Build", "actions": [
                  { "name": "Long", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": %s } } ] } ] } }
                """.formatted(dev.pipewright.engine.Json.mapper().writeValueAsString(commands)));
        return jvm.pipewright("run", file.toString(), "--runs-dir", dir.resolve("runs").toString());
    }

    @Test
    void noProcessOfAnActionOutlivesPipewrightByTwoSeconds() throws Exception {
        Path started = dir.resolve("started");
        // a child in the background, a grandchild, and the shell itself waiting
        Process other = run("sleep 300 & sh -c 'sleep 300 & wait' & echo yes > '" + started + "'; wait");
        jvm.waitFor("the action's processes to start", () -> Optional.of(started).filter(Files::exists)
                .filter(f -> other.descendants().count() >= 4));
        actions = other.descendants().toList();
        var store = new ExecutionStore(dir.resolve("runs"));
        jvm.waitFor("the record to name the action's process group", () -> store.folders(Optional.empty()).stream()
                .findFirst().flatMap(f -> f.tryReadRecord()).flatMap(r -> r.action("Build", "Long"))
                .map(ActionRecord::process).filter(g -> actions.stream().anyMatch(p -> p.pid() == g.id())));

        other.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (actions.stream().anyMatch(p -> !ProcessTree.hasEnded(p)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        var alive = actions.stream().filter(p -> !ProcessTree.hasEnded(p))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
        assertTrue(alive.isEmpty(), "still running 2 s after Pipewright died: " + alive);
    }

    @Test
    void aFolderWithoutARecordIsListedInterrupted() throws Exception {
        Path runs = dir.resolve("runs");
        // what a kill in the first milliseconds of a run of the earlier versions left
        Path folder = Files.createDirectories(runs.resolve("early").resolve("20261203-101500-0a1b2c"));
        Files.createFile(folder.resolve("execution.lock"));
        Files.writeString(folder.resolve("pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "early", "stages": [ { "name": "Build", "actions": [
                  { "name": "Make", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": "make" } } ] } ] } }
                """);
        // and an empty one: killed between creating the folder and anything else
        Files.createDirectories(runs.resolve("early").resolve("20261203-101400-3d4e5f"));

        var records = new ExecutionStore(runs).history(Optional.empty());
        assertEquals(List.of("20261203-101500-0a1b2c", "20261203-101400-3d4e5f"),
                records.stream().map(ExecutionRecord::executionId).toList());
        assertTrue(records.stream().allMatch(r -> r.status() == ExecutionStatus.INTERRUPTED), records.toString());
        assertEquals(Instant.parse("2026-12-03T10:15:00Z"), records.get(0).startTime());
        assertEquals(List.of("Make"), records.get(0).stages().get(0).actions().stream().map(ActionRecord::name).toList(),
                "the stages come from the snapshot");

        var history = Cli.run("history", "--runs-dir", runs.toString());
        assertEquals(0, history.exitCode(), history.all());
        assertTrue(history.out().contains("20261203-101500-0a1b2c") && history.out().contains("Interrupted"),
                history.out());
        var logs = Cli.run("logs", "20261203-1014", "--runs-dir", runs.toString());
        assertEquals(0, logs.exitCode(), logs.all());
        assertTrue(logs.out().contains("Interrupted"), logs.out());
    }

    @Test
    void aRunKilledAsSoonAsItsFolderAppearsIsListedInterrupted() throws Exception {
        Path runs = dir.resolve("runs");
        Process other = run("echo never reached");
        Path pipelineDir = runs.resolve("crash");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // polled without pause: the kill must land in the first moments of the execution
        while (!hasEntries(pipelineDir) && other.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        other.destroyForcibly();
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        assertTrue(hasEntries(pipelineDir), "the run created its folder before it was killed: " + jvm.output());

        var records = new ExecutionStore(runs).history(Optional.empty());
        assertEquals(1, records.size(), "the killed run is listed");
        assertTrue(records.get(0).status() == ExecutionStatus.INTERRUPTED
                || records.get(0).status() == ExecutionStatus.SUCCEEDED, records.get(0).toString());
    }

    private static boolean hasEntries(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.anyMatch(e -> !e.getFileName().toString().startsWith("."));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
