package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.*;

import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.SimulatedChanges;
import dev.pipewright.engine.SimulationSettings;
import dev.pipewright.engine.StageStatus;
import dev.pipewright.learn.WaitReason.Kind;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Why is this waiting?" names the reason for each case, on simulated executions of a real engine. */
class WaitReasonsTest {

    @TempDir
    Path dir;

    private static final SimulationSettings FAST = SimulationSettings.plain().withSpeed(200);

    private static Action shell(String name, int runOrder) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withRunOrder(runOrder)
                .withSetting("commands", ConfigValue.text("exit 1"));
    }

    private static Action approval(String name, int runOrder) {
        return Action.of(name, ActionCategory.APPROVAL, "Manual").withRunOrder(runOrder)
                .withSetting("CustomData", ConfigValue.text("Ship it?"));
    }

    private Engine engine(int slots) {
        return new Engine(Engine.Options.defaults().withRunsDir(dir.resolve("runs")).withMaxParallelActions(slots));
    }

    private RunRequest request(Pipeline p, SimulationSettings settings) {
        return RunRequest.of(p, dir.resolve(p.name() + ".pipeline.json")).simulated(settings);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static WaitReason why(Engine engine, Execution e, String stage, String action) {
        return WaitReasons.why(engine, e, stage, action).orElseThrow(() -> new AssertionError("no reason for " + stage
                + "/" + action + " in " + e.record()));
    }

    private static ExecutionStatus end(Execution e) throws InterruptedException {
        return e.await(Duration.ofSeconds(60)).orElseThrow().status();
    }

    private final Pipeline twoStages = Pipeline.of("wait",
            Stage.of("Build", shell("Compile", 1), shell("Package", 2)),
            Stage.of("Deploy", shell("Ship", 1)));

    @Test
    void stepThroughTheGroupBeforeAndTheStageBefore() throws Exception {
        try (var engine = engine(4)) {
            var e = engine.start(request(twoStages, FAST.withStepThrough(true)));
            var simulation = e.simulation().orElseThrow();
            assertTrue(simulation.awaitPaused(1, Duration.ofSeconds(30)));
            assertEquals(Kind.STEP_PAUSED, why(engine, e, "Build", "Compile").kind());
            WaitReason group = why(engine, e, "Build", "Package");
            assertEquals(Kind.GROUP_BEFORE, group.kind());
            assertTrue(group.sentence().contains("runOrder 1: Compile"), group.sentence());
            WaitReason stage = why(engine, e, "Deploy", "Ship");
            assertEquals(Kind.EARLIER_STAGE, stage.kind());
            assertTrue(stage.sentence().contains("stage Build"), stage.sentence());
            simulation.setStepThrough(false);
            assertEquals(ExecutionStatus.SUCCEEDED, end(e));
            assertTrue(WaitReasons.why(engine, e, "Build", "Compile").isEmpty(), "a finished action does not wait");
        }
    }

    @Test
    void aFreeSlot() throws Exception {
        var wide = Pipeline.of("slots", Stage.of("Test", shell("One", 1), shell("Two", 1)));
        try (var engine = engine(1)) {
            var e = engine.start(request(wide, SimulationSettings.plain().withSpeed(0.5)));
            waitFor("one to work", () -> e.record().stages().get(0).actions().stream()
                    .anyMatch(a -> a.status() == ActionStatus.IN_PROGRESS));
            String waiting = e.record().action("Test", "One").orElseThrow().status() == ActionStatus.PENDING ? "One" : "Two";
            WaitReason slot = why(engine, e, "Test", waiting);
            assertEquals(Kind.FREE_SLOT, slot.kind());
            assertTrue(slot.sentence().contains("1 of at most 1"), slot.sentence());
            e.stop(true);
            end(e);
        }
    }

    @Test
    void aDisabledTransitionAndAnApproval() throws Exception {
        var gated = Pipeline.of("gated", Stage.of("Build", shell("Compile", 1)),
                Stage.of("Release", approval("Approve", 1), shell("Publish", 2)));
        try (var engine = engine(4)) {
            engine.disableTransition("gated", "Release", "code freeze", "ops");
            var e = engine.start(request(gated, FAST));
            waitFor("the gate", () -> e.record().stage("Release").orElseThrow().status() == StageStatus.WAITING);
            WaitReason transition = why(engine, e, "Release", "Approve");
            assertEquals(Kind.DISABLED_TRANSITION, transition.kind());
            assertTrue(transition.sentence().contains("by ops") && transition.sentence().contains("code freeze"),
                    transition.sentence());
            engine.enableTransition("gated", "Release");
            waitFor("the approval", () -> e.record().action("Release", "Approve").orElseThrow().status()
                    == ActionStatus.WAITING);
            WaitReason approval = why(engine, e, "Release", "Approve");
            assertEquals(Kind.APPROVAL, approval.kind());
            assertTrue(approval.sentence().contains("Ship it?"), approval.sentence());
            assertEquals(Kind.GROUP_BEFORE, why(engine, e, "Release", "Publish").kind());
            e.decide("Release", "Approve", true, "teacher", "");
            assertEquals(ExecutionStatus.SUCCEEDED, end(e));
        }
    }

    @Test
    void anEarlierFailureInAnotherStageAndInTheGroupBefore() throws Exception {
        try (var engine = engine(4)) {
            var e = engine.start(request(twoStages, FAST.withFailures(List.of("Build/Compile"))));
            assertEquals(ExecutionStatus.FAILED, end(e));
            WaitReason stage = why(engine, e, "Deploy", "Ship");
            assertEquals(Kind.EARLIER_FAILURE, stage.kind());
            assertTrue(stage.sentence().contains("stage Build failed because Build/Compile failed"), stage.sentence());
            WaitReason group = why(engine, e, "Build", "Package");
            assertEquals(Kind.EARLIER_FAILURE, group.kind());
            assertTrue(group.sentence().contains("Build/Compile, in the group before it, failed"), group.sentence());
            assertEquals(group, WaitReasons.why(twoStages, e.record(), "Build", "Package", WaitSurroundings.none())
                    .orElseThrow(), "the history alone tells it too");
        }
    }

    @Test
    void queuedBehindAnotherExecutionThenSupersededByANewerOne() throws Exception {
        var p = twoStages.withExecutionMode(ExecutionMode.SUPERSEDED);
        try (var engine = engine(4)) {
            var settings = FAST.withStepThrough(true);
            var first = SimulatedChanges.start(engine, request(p, settings), 2);
            waitFor("the second to queue", () -> first.get(1).record().stage("Build").orElseThrow().status()
                    == StageStatus.WAITING);
            WaitReason queued = why(engine, first.get(1), "Build", "Compile");
            assertEquals(Kind.QUEUED, queued.kind());
            assertTrue(queued.sentence().contains("execution " + first.get(0).id()), queued.sentence());

            var third = engine.start(request(p, settings));
            waitFor("the second to be overtaken", () -> first.get(1).record().status() == ExecutionStatus.SUPERSEDED);
            WaitReason superseded = why(engine, first.get(1), "Deploy", "Ship");
            assertEquals(Kind.SUPERSEDED, superseded.kind());
            assertTrue(superseded.sentence().contains("execution " + third.id()), superseded.sentence());
            assertTrue(superseded.sentence().contains("stage 'Build'"), superseded.sentence());
            for (var e : List.of(first.get(0), third)) {
                e.simulation().orElseThrow().setStepThrough(false);
            }
            assertEquals(ExecutionStatus.SUCCEEDED, end(third));
        }
    }

    @Test
    void everyReasonPointsToAConceptThatExists() {
        for (Kind kind : Kind.values()) {
            assertNotNull(kind);
        }
        for (String concept : List.of("approval", "provider", "transition", "queued", "superseded", "stage", "runOrder",
                "parallel", "retry", "execution")) {
            assertTrue(Concepts.find(concept).isPresent(), concept);
        }
    }
}
