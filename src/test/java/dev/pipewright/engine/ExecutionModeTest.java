package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static dev.pipewright.engine.TestPipelines.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlapping executions of one pipeline, in each execution mode. */
class ExecutionModeTest {

    @TempDir
    Path dir;

    /**
     * Stage Deploy appends the execution id to a file, then waits for a release file of its own,
     * so the test decides when each execution leaves the stage.
     */
    private Pipeline pipeline(ExecutionMode mode) {
        return Pipeline.of("modes",
                Stage.of("Build", shell("Make", 1, "true")),
                Stage.of("Deploy", shell("Ship", 1,
                        ("echo \"$PIPEWRIGHT_EXECUTION_ID\" >> '%s/entered'; "
                                + "while [ ! -e \"%s/release-$PIPEWRIGHT_EXECUTION_ID\" ]; do sleep 0.05; done")
                                .formatted(dir, dir))))
                .withExecutionMode(mode);
    }

    private List<String> entered() {
        Path file = dir.resolve("entered");
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void release(Execution e) throws Exception {
        Files.createFile(dir.resolve("release-" + e.id()));
    }

    private static boolean waitingAtDeploy(Execution e) {
        return e.record().stage("Deploy").orElseThrow().status() == StageStatus.WAITING;
    }

    @Test
    void supersededLetsTheNewestWaitingExecutionWin() throws Exception {
        try (var engine = engine(dir.resolve("runs"))) {
            var first = engine.start(request(pipeline(ExecutionMode.SUPERSEDED), dir));
            waitFor("the first to enter Deploy", () -> entered().size() == 1);
            var second = engine.start(request(pipeline(ExecutionMode.SUPERSEDED), dir));
            waitFor("the second to wait at Deploy", () -> waitingAtDeploy(second));
            var third = engine.start(request(pipeline(ExecutionMode.SUPERSEDED), dir));
            var secondEnd = finish(second);
            assertEquals(ExecutionStatus.SUPERSEDED, secondEnd.status());
            waitFor("the third to wait at Deploy", () -> waitingAtDeploy(third));
            release(first);
            assertEquals(ExecutionStatus.SUCCEEDED, finish(first).status());
            waitFor("the third to enter Deploy", () -> entered().size() == 2);
            release(third);
            assertEquals(ExecutionStatus.SUCCEEDED, finish(third).status());
            assertEquals(List.of(first.id(), third.id()), entered());
        }
    }

    @Test
    void queuedRunsEveryExecutionInOrder() throws Exception {
        try (var engine = engine(dir.resolve("runs"))) {
            var executions = new ArrayList<Execution>();
            executions.add(engine.start(request(pipeline(ExecutionMode.QUEUED), dir)));
            waitFor("the first to enter Deploy", () -> entered().size() == 1);
            for (int i = 0; i < 2; i++) {
                var next = engine.start(request(pipeline(ExecutionMode.QUEUED), dir));
                executions.add(next);
                waitFor("the next to wait at Deploy", () -> waitingAtDeploy(next));
            }
            for (int i = 0; i < executions.size(); i++) {
                int entering = i + 1;
                waitFor("execution " + entering + " to enter Deploy", () -> entered().size() == entering);
                release(executions.get(i));
            }
            for (var e : executions) {
                assertEquals(ExecutionStatus.SUCCEEDED, finish(e).status());
            }
            assertEquals(executions.stream().map(Execution::id).toList(), entered());
        }
    }

    @Test
    void parallelLetsExecutionsShareAStage() throws Exception {
        try (var engine = engine(dir.resolve("runs"))) {
            var a = engine.start(request(pipeline(ExecutionMode.PARALLEL), dir));
            var b = engine.start(request(pipeline(ExecutionMode.PARALLEL), dir));
            waitFor("both to be in Deploy at once", () -> entered().size() == 2);
            release(a);
            release(b);
            assertEquals(ExecutionStatus.SUCCEEDED, finish(a).status());
            assertEquals(ExecutionStatus.SUCCEEDED, finish(b).status());
        }
    }
}
