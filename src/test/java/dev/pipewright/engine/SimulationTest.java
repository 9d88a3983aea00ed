package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulation: the engine takes a pipeline through its stages without executing anything. */
class SimulationTest {

    @TempDir
    Path dir;

    private static final SimulationSettings FAST = SimulationSettings.plain().withSpeed(1000);

    private Pipeline pipeline(Path marker) {
        return Pipeline.of("sim",
                Stage.of("Build", producing(shell("Compile", 1, "touch '%s'".formatted(marker)), "Program")
                        .withNamespace(java.util.Optional.of("BuildVars"))),
                Stage.of("Test", consuming(shell("Unit", 1, "touch '%s'; echo #{BuildVars.Label}".formatted(marker)),
                        "Program")),
                Stage.of("Deploy", shell("Ship", 1, "touch '%s'".formatted(marker))));
    }

    @Test
    void anInjectedFailureFailsThatActionLeavesLaterStagesPendingAndRunsNothing() throws Exception {
        Path marker = dir.resolve("outside").resolve("ran");
        Files.createDirectories(marker.getParent());
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline(marker), dir)
                    .simulated(FAST.withFailures(List.of("Test/Unit"))));
            var end = finish(execution);
            assertEquals(ExecutionStatus.FAILED, end.status());
            assertTrue(end.isSimulated(), "the record says it was simulated");
            assertEquals(ActionStatus.SUCCEEDED, end.action("Build", "Compile").orElseThrow().status());
            assertEquals(ActionStatus.FAILED, end.action("Test", "Unit").orElseThrow().status());
            assertTrue(end.action("Test", "Unit").orElseThrow().summary().contains("failed in simulation"));
            assertEquals(ActionStatus.PENDING, end.action("Deploy", "Ship").orElseThrow().status());
            assertFalse(Files.exists(marker), "no command ran");
            try (Stream<Path> outside = Files.list(marker.getParent())) {
                assertEquals(0, outside.count(), "nothing was written outside the runs folder");
            }
            assertEquals("simulated-" , end.action("Build", "Compile").orElseThrow().outputVariables().get("Label")
                    .substring(0, 10), "a later action's reference got a plausible value");
            assertTrue(log(execution, "Test", "Unit").contains("nothing is executed"));

            execution.simulation().orElseThrow().clearFailure("Test", "Unit");
            execution.retry("Test", RetryMode.FAILED_ACTIONS);
            var retried = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, retried.status(), retried.summary());
            assertEquals(2, retried.action("Test", "Unit").orElseThrow().attempt());
            assertFalse(Files.exists(marker));
        }
    }

    @Test
    void aRetryFromAnotherProcessGoesOnSimulatedWithTheFailureCleared() throws Exception {
        Path marker = dir.resolve("ran");
        String id;
        try (var engine = engine(dir.resolve("runs"))) {
            var end = finish(engine.start(request(pipeline(marker), dir).simulated(FAST.withFailures(List.of("Build/Compile")))));
            assertEquals(ExecutionStatus.FAILED, end.status());
            id = end.executionId();
        }
        try (var engine = engine(dir.resolve("runs"))) {
            assertTrue(engine.store().history(java.util.Optional.of("sim")).get(0).isSimulated(), "kept on disk");
            var end = finish(engine.resume(id, "Build", RetryMode.FAILED_ACTIONS, java.util.Map.of()));
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertTrue(end.isSimulated());
            assertFalse(Files.exists(marker));
        }
    }

    @Test
    void stepThroughPausesBeforeEachActionUntilReleased() throws Exception {
        Path marker = dir.resolve("ran");
        try (var engine = engine(dir.resolve("runs"))) {
            var execution = engine.start(request(pipeline(marker), dir).simulated(FAST.withStepThrough(true)));
            Simulation simulation = execution.simulation().orElseThrow();
            assertTrue(simulation.awaitPaused(1, Duration.ofSeconds(30)));
            assertEquals(List.of("Build/Compile"), simulation.paused());
            assertEquals(ActionStatus.PENDING, execution.record().action("Build", "Compile").orElseThrow().status(),
                    "a paused action has not started");
            assertEquals(1, simulation.step());
            waitFor("Test/Unit to pause", () -> simulation.paused().equals(List.of("Test/Unit")));
            assertEquals(ActionStatus.SUCCEEDED, execution.record().action("Build", "Compile").orElseThrow().status());
            assertEquals(ActionStatus.PENDING, execution.record().action("Test", "Unit").orElseThrow().status());
            simulation.setStepThrough(false);
            assertEquals(ExecutionStatus.SUCCEEDED, finish(execution).status());
        }
    }

    @Test
    void aSimulatedActionTakesAsLongAsItsLastRealRunOverTheSpeed() throws Exception {
        var pipeline = Pipeline.of("timed", Stage.of("Build", shell("Slow", 1, "sleep 1")));
        try (var engine = engine(dir.resolve("runs"))) {
            assertEquals(ExecutionStatus.SUCCEEDED, finish(engine.start(request(pipeline, dir))).status());
            var durations = Simulation.lastRealDurations(engine.store(), "timed");
            Duration real = durations.get("Build/Slow");
            assertTrue(real.toMillis() >= 1000, "the real run took its second: " + real);
            var simulation = new Simulation(SimulationSettings.plain().withSpeed(4), durations);
            assertEquals(real.dividedBy(4).toMillis(), simulation.duration("Build", "Slow",
                    dev.pipewright.model.ActionCategory.BUILD).toMillis(), 1);
            assertEquals(Simulation.defaultDuration(dev.pipewright.model.ActionCategory.TEST).dividedBy(4),
                    simulation.duration("Test", "Other", dev.pipewright.model.ActionCategory.TEST));
        }
    }

    @Test
    void aFailureRateWithASeedFailsTheSameActionsEachTime() {
        var settings = SimulationSettings.plain().withFailureRate(0.5, 42);
        var one = new Simulation(settings, java.util.Map.of());
        var two = new Simulation(settings, java.util.Map.of());
        int failures = 0;
        for (int i = 0; i < 40; i++) {
            assertEquals(one.fails("S", "A" + i, 1), two.fails("S", "A" + i, 1));
            failures += one.fails("S", "A" + i, 1) ? 1 : 0;
        }
        assertTrue(failures > 5 && failures < 35, "about half fail: " + failures);
    }

    @Test
    void threeQuickChangesInSupersededModeLeaveTheMiddleOneSuperseded() throws Exception {
        var pipeline = Pipeline.of("changes",
                Stage.of("Build", shell("Compile", 1, "true")),
                Stage.of("Deploy", shell("Ship", 1, "true"))).withExecutionMode(ExecutionMode.SUPERSEDED);
        try (var engine = engine(dir.resolve("runs"))) {
            var settings = SimulationSettings.plain().withSpeed(20).withStepThrough(true);
            var executions = SimulatedChanges.start(engine, request(pipeline, dir).simulated(settings), 3);
            assertEquals(3, executions.size());
            waitFor("the second to be overtaken", () -> executions.get(1).record().status() == ExecutionStatus.SUPERSEDED);
            for (var e : executions) {
                e.simulation().orElseThrow().setStepThrough(false);
            }
            assertEquals(ExecutionStatus.SUCCEEDED, finish(executions.get(0)).status());
            assertEquals(ExecutionStatus.SUPERSEDED, finish(executions.get(1)).status());
            assertEquals(ExecutionStatus.SUCCEEDED, finish(executions.get(2)).status());
        }
    }
}
