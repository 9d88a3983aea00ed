package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two shells approve and reject one gate at the same moment: one wins, the other is told it lost. */
class ApprovalRaceTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endProcesses() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void theLoserExitsNonZeroAndNamesTheWinner() throws Exception {
        Path runs = dir.resolve("runs");
        Path file = Files.writeString(dir.resolve("gate.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "gate", "stages": [ { "name": "Release", "actions": [
                  { "name": "Approve", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1 }
                  ] } ] } }
                """);
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.pipewright.Main",
                "run", file.toString(), "--runs-dir", runs.toString()));
        Process other = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("other-jvm.out").toFile()).start();
        started.add(other);
        String id = waitForGate(new ExecutionStore(runs)).executionId();

        var together = new CyclicBarrier(2);
        CompletableFuture<Cli> approve = CompletableFuture.supplyAsync(() -> decide(together, "approve", id, "alice", runs));
        CompletableFuture<Cli> reject = CompletableFuture.supplyAsync(() -> decide(together, "reject", id, "bob", runs));
        Cli a = approve.get(120, TimeUnit.SECONDS);
        Cli r = reject.get(120, TimeUnit.SECONDS);

        String both = "approve said:\n" + a.all() + "\nreject said:\n" + r.all();
        assertTrue((a.exitCode() == 0) != (r.exitCode() == 0), "exactly one decision wins\n" + both);
        Cli winner = a.exitCode() == 0 ? a : r;
        Cli loser = a.exitCode() == 0 ? r : a;
        boolean approved = winner == a;
        assertEquals(PipewrightCommand.FAILED, loser.exitCode(), both);
        assertTrue(loser.err().contains("was already " + (approved ? "approved by alice" : "rejected by bob")), both);
        assertTrue(loser.err().contains("your " + (approved ? "rejection" : "approval") + " was not taken"), both);
        assertFalse(loser.out().contains(approved ? "Approved" : "Rejected"), "the loser does not claim the win\n" + both);

        assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the run ends after the decision");
        Cli late = Cli.run("reject", id, "Release/Approve", "--by", "carol", "--runs-dir", runs.toString());
        assertEquals(PipewrightCommand.FAILED, late.exitCode(), late.all());
        assertTrue(late.err().contains("was already " + (approved ? "approved by alice" : "rejected by bob")
                + " at "), "a late decision is told who decided too\n" + late.all());
        ExecutionRecord end = new ExecutionStore(runs).history(Optional.empty()).get(0);
        ActionRecord.Approval recorded = end.action("Release", "Approve").orElseThrow().approval();
        assertEquals(approved ? "alice" : "bob", recorded.by(), both);
        assertFalse(Files.exists(new ExecutionStore(runs).find(id).approvalFile("Release", "Approve")),
                "the losing decision is not left behind for a retried gate to take");
    }

    private static Cli decide(CyclicBarrier together, String how, String id, String who, Path runs) {
        try {
            together.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Cli.run(how, id, "Release/Approve", "--by", who, "--runs-dir", runs.toString());
    }

    private ExecutionRecord waitForGate(ExecutionStore store) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var history = store.history(Optional.empty());
            if (!history.isEmpty() && history.get(0).action("Release", "Approve")
                    .map(x -> x.status() == ActionStatus.WAITING).orElse(false)) {
                return history.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the gate never waited; the other JVM said:\n" + read(dir.resolve("other-jvm.out")));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
