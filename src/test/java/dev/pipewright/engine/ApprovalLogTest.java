package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.approval;
import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.log;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static dev.pipewright.engine.TestPipelines.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gate's log says the decision once, with a time a person reads. */
class ApprovalLogTest {

    @TempDir
    Path dir;

    private static final String HUMAN_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\S+";

    private List<String> decisionLines(boolean approve) throws Exception {
        var pipeline = Pipeline.of("gate", Stage.of("Release", approval("Approve", 1), shell("Deploy", 2, "echo deployed")));
        try (var engine = engine(dir.resolve("runs-" + approve))) {
            var execution = engine.start(request(pipeline, dir));
            waitFor("the gate to wait", () -> execution.record().action("Release", "Approve").orElseThrow().status()
                    == ActionStatus.WAITING);
            execution.decide("Release", "Approve", approve, "ada", "looks good");
            finish(execution);
            return log(execution, "Release", "Approve").lines()
                    .filter(l -> l.contains("Approved by") || l.contains("Rejected by")).toList();
        }
    }

    @Test
    void anApprovalIsLoggedOnceWithAReadableTime() throws Exception {
        List<String> lines = decisionLines(true);
        assertEquals(1, lines.size(), "once: " + lines);
        assertTrue(lines.get(0).matches("Approved by ada at " + HUMAN_TIME + ": looks good"), lines.get(0));
    }

    @Test
    void aRejectionIsLoggedOnceWithAReadableTime() throws Exception {
        List<String> lines = decisionLines(false);
        assertEquals(1, lines.size(), "once: " + lines);
        assertTrue(lines.get(0).matches("Rejected by ada at " + HUMAN_TIME + ": looks good"), lines.get(0));
    }
}
