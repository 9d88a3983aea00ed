package dev.pipewright.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.git.CloneCache;
import dev.pipewright.git.GitRepos;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triggers on a real repository: commits start executions with exactly their commit. */
class WatchTest {

    @TempDir
    Path tmp;

    private GitRepos repo;
    private Engine engine;
    private final List<WatchEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        repo = GitRepos.create(tmp.resolve("app"));
        repo.commit("src/app.txt", "0", "Start");
        engine = new Engine(new Engine.Options(tmp.resolve("runs"), Providers.builtIn(cache()), 4));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        repo.close();
    }

    private CloneCache cache() {
        return new CloneCache(tmp.resolve("cache"));
    }

    /**
     * Source (Git, main) then Build, which appends the commit it got to built.txt and then waits
     * until the file {@code release} exists, so the test decides when the stage frees up.
     */
    private Pipeline pipeline(ExecutionMode mode, Trigger.Patterns filePaths) {
        Action source = Action.of("Source", ActionCategory.SOURCE, "Git")
                .withSetting("url", ConfigValue.text(repo.dir().toString()))
                .withSetting("branch", ConfigValue.text("main"))
                .withOutputArtifacts(List.of(OutputArtifact.named("Code")))
                .withNamespace(java.util.Optional.of("SourceVariables"));
        Action build = Action.of("Build", ActionCategory.BUILD, "Shell")
                .withInputArtifacts(List.of("Code"))
                .withSetting("commands", ConfigValue.text(("echo \"#{SourceVariables.CommitId} $(cat src/app.txt)\" "
                        + ">> '%s/built.txt'; while [ ! -e '%s/release' ]; do sleep 0.05; done")
                        .formatted(tmp, tmp)));
        var trigger = new Trigger("Source", List.of(new Trigger.PushFilter(
                new Trigger.Patterns(List.of("main"), List.of()), Trigger.Patterns.ANY, filePaths)));
        return new Pipeline("triggered", java.util.Optional.empty(), mode, List.of(),
                List.of(Stage.of("Source", source), Stage.of("Build", build)), List.of(trigger), Map.of());
    }

    private PipelineWatch watch(Pipeline pipeline) throws Exception {
        var options = WatchOptions.defaults().withCache(cache());
        PipelineWatch watch = PipelineWatch.start(pipeline, tmp.resolve("triggered.pipeline.json"), engine, options,
                events::add);
        assertTrue(watch.awaitReady(Duration.ofSeconds(30)), "the watch looked at the repository once");
        return watch;
    }

    private List<WatchEvent.Started> started() {
        return events.stream().filter(e -> e instanceof WatchEvent.Started).map(e -> (WatchEvent.Started) e).toList();
    }

    private Execution execution(WatchEvent.Started started) {
        return engine.live(started.executionId()).orElseThrow();
    }

    private ExecutionRecord finish(String executionId) throws Exception {
        Path record = engine.store().runsDir().resolve("triggered").resolve(executionId).resolve("execution.json");
        waitFor("execution " + executionId + " to end", () -> {
            try {
                return Files.exists(record) && dev.pipewright.engine.Json.mapper()
                        .readValue(record.toFile(), ExecutionRecord.class).status().isFinal();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return dev.pipewright.engine.Json.mapper().readValue(record.toFile(), ExecutionRecord.class);
    }

    private List<String> built() {
        Path file = tmp.resolve("built.txt");
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void release() throws Exception {
        Files.writeString(tmp.resolve("release"), "go");
    }

    @Test
    void aMatchingCommitStartsAnExecutionWithItAndAnExcludedPathDoesNot() throws Exception {
        try (var watch = watch(pipeline(ExecutionMode.QUEUED, new Trigger.Patterns(List.of(), List.of("docs/**"))))) {
            release();
            RevCommit commit = repo.commit("src/app.txt", "1", "Change the app");
            waitFor("an execution to start", () -> started().size() == 1);
            var start = started().get(0);
            StartedBy.GitChange change = start.change();
            assertEquals(commit.getName(), change.commit().id());
            assertEquals("main", change.ref());
            assertTrue(start.describe().contains("Change the app"), start.describe());
            ExecutionRecord end = finish(start.executionId());
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            assertEquals(StartedBy.GIT_CHANGE, end.startedBy().type());
            assertEquals(commit.getName(), end.commit().orElseThrow().id());
            assertEquals(commit.getName(), end.action("Source", "Source").orElseThrow().commit().orElseThrow().id());
            assertEquals(List.of(commit.getName() + " 1"), built());

            RevCommit docs = repo.commit("docs/guide.md", "words", "Only docs");
            waitFor("the docs commit to be ignored", () -> events.stream().anyMatch(e ->
                    e instanceof WatchEvent.Ignored i && i.commit().id().equals(docs.getName())));
            var ignored = events.stream().filter(e -> e instanceof WatchEvent.Ignored).findFirst().orElseThrow();
            assertTrue(ignored.describe().contains("docs/guide.md"), ignored.describe());
            assertTrue(ignored.describe().contains("docs/**"), ignored.describe());
            assertEquals(1, started().size(), events.toString());
        }
    }

    @Test
    void threeQuickCommitsInSupersededModeEndWithTheNewestBuilt() throws Exception {
        try (var watch = watch(pipeline(ExecutionMode.SUPERSEDED, Trigger.Patterns.ANY))) {
            RevCommit one = repo.commit("src/app.txt", "1", "One");
            waitFor("the first execution to hold Build", () -> built().size() == 1);
            RevCommit two = repo.commit("src/app.txt", "2", "Two");
            RevCommit three = repo.commit("src/app.txt", "3", "Three");
            waitFor("three executions", () -> started().size() == 3);
            List<String> ids = started().stream().map(WatchEvent.Started::executionId).toList();
            waitFor("the second to be superseded by the third", () ->
                    engine.live(ids.get(1)).isEmpty()
                            || execution(started().get(1)).record().status() == ExecutionStatus.SUPERSEDED);
            release();
            assertEquals(ExecutionStatus.SUCCEEDED, finish(ids.get(0)).status());
            ExecutionRecord second = finish(ids.get(1));
            assertEquals(ExecutionStatus.SUPERSEDED, second.status());
            assertEquals(two.getName(), second.commit().orElseThrow().id());
            assertEquals(ExecutionStatus.SUCCEEDED, finish(ids.get(2)).status());
            assertEquals(List.of(one.getName() + " 1", three.getName() + " 3"), built());
        }
    }

    @Test
    void queuedBuildsEveryCommitInOrder() throws Exception {
        try (var watch = watch(pipeline(ExecutionMode.QUEUED, Trigger.Patterns.ANY))) {
            RevCommit one = repo.commit("src/app.txt", "1", "One");
            RevCommit two = repo.commit("src/app.txt", "2", "Two");
            RevCommit three = repo.commit("src/app.txt", "3", "Three");
            waitFor("three executions", () -> started().size() == 3);
            release();
            for (var s : started()) {
                assertEquals(ExecutionStatus.SUCCEEDED, finish(s.executionId()).status());
            }
            assertEquals(List.of(one.getName() + " 1", two.getName() + " 2", three.getName() + " 3"), built());
        }
    }

    @Test
    void aTriggerOnANonGitSourceIsRefusedWithTheReason() {
        Action folder = Action.of("Folder", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("."))
                .withOutputArtifacts(List.of(OutputArtifact.named("Code")));
        var pipeline = new Pipeline("p", java.util.Optional.empty(), ExecutionMode.QUEUED, List.of(),
                List.of(Stage.of("Source", folder)), List.of(new Trigger("Folder", List.of())), Map.of());
        var e = org.junit.jupiter.api.Assertions.assertThrows(WatchException.class, () -> PipelineWatch.start(
                pipeline, tmp.resolve("p.pipeline.json"), engine, WatchOptions.defaults().withCache(cache()),
                events::add));
        assertTrue(e.getMessage().contains("not a Git source"), e.getMessage());
    }

    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
