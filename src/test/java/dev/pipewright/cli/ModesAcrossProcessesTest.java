package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.engine.StageStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QUEUED and SUPERSEDED between processes (issue 11, item 11): two {@code pipewright run}s of one
 * pipeline never have the same stage at once, and a newer waiting run replaces an older one.
 */
class ModesAcrossProcessesTest {

    @TempDir
    Path dir;

    private final List<ChildJvm> children = new ArrayList<>();

    @AfterEach
    void end() {
        children.forEach(ChildJvm::close);
    }

    /** One stage whose action writes when it starts and ends, and holds until the test lets it go. */
    private Path pipeline(String mode) throws Exception {
        Path trace = dir.resolve("trace.txt");
        Path release = dir.resolve("release");
        String commands = "echo \"start $PIPEWRIGHT_EXECUTION_ID\" >> '%s'; while [ ! -f '%s' ]; do sleep 0.05; done; echo end >> '%s'"
                .formatted(trace, release, trace);
        return Files.writeString(dir.resolve("modes.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "modes", "executionMode": "%s", "stages": [
                  { "name": "Deploy", "actions": [ { "name": "Hold", "runOrder": 1,
                      "actionTypeId": { "category": "Build", "provider": "Shell" },
                      "configuration": { "commands": %s } } ] } ] } }
                """.formatted(mode, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(commands)));
    }

    private ChildJvm run(Path file, String name) throws Exception {
        var child = ChildJvm.start(dir.resolve(name + ".out"), "dev.pipewright.Main", "run", file.toString(),
                "--runs-dir", dir.resolve("runs").toString());
        children.add(child);
        return child;
    }

    private List<ExecutionRecord> records() {
        var found = new ArrayList<ExecutionRecord>();
        new ExecutionStore(dir.resolve("runs")).folders(Optional.empty())
                .forEach(f -> f.tryReadRecord().ifPresent(found::add));
        return found;
    }

    private Optional<ExecutionRecord> withDeploy(StageStatus status, int index) {
        var matching = records().stream().filter(r -> r.stage("Deploy").map(s -> s.status() == status).orElse(false))
                .toList();
        return matching.size() > index ? Optional.of(matching.get(index)) : Optional.empty();
    }

    private static <T> T waitFor(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("gave up waiting for " + what);
    }

    private static void ends(ChildJvm child, int code) throws InterruptedException {
        assertTrue(child.process().waitFor(90, TimeUnit.SECONDS), child.output());
        assertEquals(code, child.process().exitValue(), child.output());
    }

    @Test
    void queuedRunsInTwoProcessesTakeTheStageOneAfterTheOther() throws Exception {
        Path file = pipeline("QUEUED");
        var first = run(file, "first");
        waitFor("the first run in the stage", () -> withDeploy(StageStatus.IN_PROGRESS, 0));
        var second = run(file, "second");
        waitFor("the second run to wait in front of the stage", () -> withDeploy(StageStatus.WAITING, 0));
        assertEquals(1, Files.readAllLines(dir.resolve("trace.txt")).size(), "only one run is in the stage");

        Files.writeString(dir.resolve("release"), "");
        ends(first, 0);
        ends(second, 0);
        var trace = Files.readAllLines(dir.resolve("trace.txt"));
        assertEquals(4, trace.size(), trace.toString());
        assertTrue(trace.get(0).startsWith("start") && trace.get(1).equals("end")
                && trace.get(2).startsWith("start") && trace.get(3).equals("end"), trace.toString());
        assertTrue(records().stream().allMatch(r -> r.status() == ExecutionStatus.SUCCEEDED));
    }

    @Test
    void supersededLetsTheNewestWaitingRunOfAnyProcessReplaceAnOlderOne() throws Exception {
        Path file = pipeline("SUPERSEDED");
        var first = run(file, "first");
        ExecutionRecord inStage = waitFor("the first run in the stage", () -> withDeploy(StageStatus.IN_PROGRESS, 0));
        var second = run(file, "second");
        ExecutionRecord older = waitFor("the second run to wait", () -> withDeploy(StageStatus.WAITING, 0));
        var third = run(file, "third");
        waitFor("the second run to be superseded", () -> records().stream()
                .filter(r -> r.executionId().equals(older.executionId()) && r.status() == ExecutionStatus.SUPERSEDED)
                .findFirst());

        Files.writeString(dir.resolve("release"), "");
        ends(first, 0);
        ends(third, 0);
        second.process().waitFor(90, TimeUnit.SECONDS);
        var statuses = records().stream().map(ExecutionRecord::status).sorted().toList();
        assertEquals(List.of(ExecutionStatus.SUCCEEDED, ExecutionStatus.SUCCEEDED, ExecutionStatus.SUPERSEDED).stream()
                .sorted().toList(), statuses);
        assertEquals(ExecutionStatus.SUCCEEDED, records().stream()
                .filter(r -> r.executionId().equals(inStage.executionId())).findFirst().orElseThrow().status());
    }
}
