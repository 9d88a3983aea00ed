package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.process.ProcessTree;
import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Files;
import java.nio.file.Path;
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
        jvm.close();
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
}
