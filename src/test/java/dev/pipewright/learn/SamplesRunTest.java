package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.*;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.RetryMode;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.SimulationSettings;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample of the gallery, copied as a learner copies it (from the bundled resources), runs
 * offline: for real, with approval gates approved by a listener as a person would, and simulated.
 */
class SamplesRunTest {

    @TempDir
    Path home;

    /** Approves every gate, as the learner at the window would. */
    private static ExecutionListener approver(Engine engine) {
        return event -> {
            if (event instanceof ExecutionEvent.ApprovalRequested asked) {
                engine.live(asked.executionId()).ifPresent(e -> e.decide(asked.stage(), asked.action(), true,
                        "learner", "looks good"));
            }
        };
    }

    private static ExecutionRecord finish(Execution e) throws InterruptedException {
        return e.await(Duration.ofSeconds(120)).orElseThrow(() -> new AssertionError(e + " did not end in 120 s"));
    }

    @Test
    void everySampleRunsForRealFromACopy() throws Exception {
        try (var engine = new Engine(Engine.Options.defaults().withRunsDir(home.resolve("runs")))) {
            engine.addListener(approver(engine));
            for (Sample sample : Samples.all()) {
                Path file = Samples.copyTo(sample, home.resolve("learner"));
                var pipeline = PipelineFiles.read(file);
                var execution = engine.start(RunRequest.of(pipeline, file));
                var end = finish(execution);
                if (sample.id().equals("flaky-test-retry")) {
                    assertEquals(ExecutionStatus.FAILED, end.status(), "the flaky test fails the first time");
                    assertEquals(ActionStatus.FAILED, end.action("Test", "Integration").orElseThrow().status());
                    assertEquals(ActionStatus.PENDING, end.action("Deploy", "Install").orElseThrow().status());
                    execution.retry("Test", RetryMode.FAILED_ACTIONS);
                    end = finish(execution);
                    assertEquals(1, end.action("Test", "Unit").orElseThrow().attempt(), "retry reran only the failed");
                }
                assertEquals(ExecutionStatus.SUCCEEDED, end.status(), sample.id() + ": " + end.summary());
            }
            Path learner = home.resolve("learner");
            assertTrue(Files.isRegularFile(learner.resolve("continuous-delivery/deployed/continuous-delivery/production/dist/calc.sh")));
            try (Stream<Path> labelled = Files.list(learner.resolve("variables-and-namespaces/deployed"))) {
                String label = labelled.findFirst().orElseThrow().getFileName().toString();
                assertTrue(label.matches("bakery-main-[0-9a-f]{7}"), "the deploy folder is the build label: " + label);
            }
        }
    }

    @Test
    void everySampleRunsSimulatedAndExecutesNothing() throws Exception {
        try (var engine = new Engine(Engine.Options.defaults().withRunsDir(home.resolve("runs")))) {
            engine.addListener(approver(engine));
            for (Sample sample : Samples.all()) {
                Path file = Samples.copyTo(sample, home.resolve("learner"));
                Path folder = file.getParent();
                List<Path> before;
                try (Stream<Path> all = Files.walk(folder)) {
                    before = all.sorted().toList();
                }
                var pipeline = PipelineFiles.read(file);
                var end = finish(engine.start(RunRequest.of(pipeline, file)
                        .simulated(SimulationSettings.plain().withSpeed(500))));
                assertEquals(ExecutionStatus.SUCCEEDED, end.status(), sample.id() + ": " + end.summary());
                assertTrue(end.isSimulated());
                try (Stream<Path> all = Files.walk(folder)) {
                    assertEquals(before, all.sorted().toList(), sample.id() + ": nothing deployed, nothing written");
                }
            }
        }
    }
}
