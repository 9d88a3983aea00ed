package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong beside a run is told to the engine's listeners, never printed by the engine. */
class EngineProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aFailingListenerIsReportedToTheOthersAsAProblem() throws Exception {
        List<ExecutionEvent> heard = new CopyOnWriteArrayList<>();
        PrintStream realErr = System.err;
        var err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try (var engine = engine(dir.resolve("runs"))) {
            engine.addListener(event -> {
                if (event instanceof ExecutionEvent.StageStatusChanged) {
                    throw new IllegalStateException("broken view");
                }
            });
            engine.addListener(heard::add);
            var end = finish(engine.start(request(Pipeline.of("problems", Stage.of("Build",
                    shell("Echo", 1, "echo hello"))), dir)));
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), "a broken listener does not break the run");
        } finally {
            System.setErr(realErr);
        }
        var problems = heard.stream().filter(ExecutionEvent.Problem.class::isInstance)
                .map(e -> ((ExecutionEvent.Problem) e).text()).toList();
        assertTrue(!problems.isEmpty() && problems.get(0).contains("broken view"), problems.toString());
        assertEquals("", err.toString(), "the engine printed nothing itself");
    }
}
