package dev.pipewright.ui.canvas;

import static dev.pipewright.layout.LayoutPipelines.action;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A pipeline caught in the middle of a run, for tests and for looking at the canvas. */
final class RunPipelines {

    static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private RunPipelines() {
    }

    /** Source | Build(Compile, Lint | Package) | Test(Unit, Browser) | Approve(Review) | Deploy(Ship, Notify). */
    static Pipeline release() {
        var checkout = action("Checkout", ActionCategory.SOURCE, "LocalFolder", 1)
                .withOutputArtifacts(List.of(OutputArtifact.named("Code")));
        var compile = action("Compile", ActionCategory.BUILD, "Shell", 1)
                .withInputArtifacts(List.of("Code")).withOutputArtifacts(List.of(OutputArtifact.named("App")));
        var lint = action("Lint", ActionCategory.TEST, "Shell", 1).withInputArtifacts(List.of("Code"));
        var pack = action("Package", ActionCategory.BUILD, "Shell", 2).withInputArtifacts(List.of("App"));
        var unit = action("Unit tests", ActionCategory.TEST, "Shell", 1).withInputArtifacts(List.of("App"));
        var browser = action("Browser tests", ActionCategory.TEST, "Shell", 1).withInputArtifacts(List.of("App"));
        var review = action("Review", ActionCategory.APPROVAL, "Manual", 1);
        var ship = action("Ship", ActionCategory.DEPLOY, "Folder", 1).withInputArtifacts(List.of("App"));
        var notify = action("Notify", ActionCategory.INVOKE, "Shell", 2);
        return Pipeline.of("release", Stage.of("Source", checkout), Stage.of("Build", compile, lint, pack),
                Stage.of("Test", unit, browser), Stage.of("Approve", review), Stage.of("Deploy", ship, notify));
    }

    /** Source and Build done, Test running with one failure, Review waiting, Deploy pending. */
    static Map<CanvasItem, RunBadge> midRun() {
        var run = new LinkedHashMap<CanvasItem, RunBadge>();
        run.put(stage("Source"), done(RunStatus.SUCCEEDED, 4, Optional.empty()));
        run.put(card("Source", "Checkout"), done(RunStatus.SUCCEEDED, 4, Optional.empty()));
        run.put(stage("Build"), done(RunStatus.SUCCEEDED, 95, Optional.empty()));
        run.put(card("Build", "Compile"), done(RunStatus.SUCCEEDED, 65, Optional.empty()));
        run.put(card("Build", "Lint"), done(RunStatus.SUCCEEDED, 12, Optional.of("No warnings")));
        run.put(card("Build", "Package"), done(RunStatus.SUCCEEDED, 30, Optional.empty()));
        run.put(stage("Test"), running(80));
        run.put(card("Test", "Unit tests"), done(RunStatus.FAILED, 41, Optional.of("212 passed, 2 failed")));
        run.put(card("Test", "Browser tests"), running(80));
        run.put(stage("Approve"), waiting(140));
        run.put(card("Approve", "Review"), new RunBadge(RunStatus.WAITING, Optional.of(NOW.minusSeconds(140)),
                Optional.empty(), Optional.of("Waiting for approval")));
        run.put(stage("Deploy"), RunBadge.of(RunStatus.PENDING));
        run.put(card("Deploy", "Ship"), RunBadge.of(RunStatus.PENDING));
        run.put(card("Deploy", "Notify"), RunBadge.of(RunStatus.PENDING));
        return run;
    }

    static RunBadge done(RunStatus status, long seconds, Optional<String> detail) {
        return new RunBadge(status, Optional.of(NOW.minusSeconds(600)), Optional.of(Duration.ofSeconds(seconds)), detail);
    }

    static RunBadge running(long secondsAgo) {
        return new RunBadge(RunStatus.RUNNING, Optional.of(NOW.minusSeconds(secondsAgo)), Optional.empty(), Optional.empty());
    }

    static RunBadge waiting(long secondsAgo) {
        return new RunBadge(RunStatus.WAITING, Optional.of(NOW.minusSeconds(secondsAgo)), Optional.empty(), Optional.empty());
    }

    static CanvasItem card(String stage, String action) {
        return new CanvasItem.CardItem(new ActionRef(stage, action));
    }

    static CanvasItem stage(String stage) {
        return new CanvasItem.StageItem(stage);
    }
}
