package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.git.CloneCache;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of a fresh clone's examples/ folder runs after the README's documented step. (As
 * opened from the welcome view, copied out of the jar, SamplesRunTest runs each one.)
 */
class ExamplesRunTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleOfAFreshCloneRunsAfterTheReadmesStep() throws Exception {
        assumeTrue(onPath("git") && onPath("sh"), "the README's step runs a shell script that uses git");
        Path examples = dir.resolve("clone/examples");
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path p : (Iterable<Path>) files.filter(p -> !p.startsWith(Path.of("examples", "demo-repo")))::iterator) {
                Path to = examples.resolve(Path.of("examples").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        // README: ./examples/make-demo-repo.sh before the git-trigger example
        Process script = new ProcessBuilder("sh", examples.resolve("make-demo-repo.sh").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, script.waitFor());
        try (Stream<Path> files = Files.list(examples)) {
            for (Path example : files.filter(p -> p.toString().endsWith(".pipeline.json")).sorted().toList()) {
                runs(example);
            }
        }
    }

    private void runs(Path file) throws Exception {
        var providers = Providers.builtIn(new CloneCache(dir.resolve("git-cache")));
        var pipeline = PipelineFiles.read(file);
        List<Problem> errors = PipelineValidator.validate(pipeline, providers).stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), file.getFileName() + ": " + errors);
        try (var engine = new Engine(new Engine.Options(dir.resolve("runs"), providers, 2))) {
            Execution execution = engine.start(RunRequest.of(pipeline, file));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!execution.record().status().isFinal()) {
                // a gate is approved as a person would
                execution.record().stages().forEach(s -> s.actions().stream()
                        .filter(a -> a.status() == ActionStatus.WAITING)
                        .forEach(a -> {
                            try {
                                execution.decide(s.name(), a.name(), true, "tester", "");
                            } catch (IllegalStateException alreadyDecided) {
                                // decided on the previous look
                            }
                        }));
                assertFalse(Instant.now().isAfter(deadline), file.getFileName() + " did not finish in 120 s");
                Thread.sleep(50);
            }
            var end = execution.record();
            if (end.status() == ExecutionStatus.FAILED && teachesRetry(pipeline)) {
                // the sample that teaches retry fails on purpose the first time; its description says to retry
                String failed = end.stages().stream().filter(s -> s.status() == dev.pipewright.engine.StageStatus.FAILED)
                        .findFirst().orElseThrow().name();
                execution.retry(failed, dev.pipewright.engine.RetryMode.FAILED_ACTIONS);
                end = execution.await(Duration.ofSeconds(120)).orElseThrow();
            }
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), file.getFileName() + ": " + end.summary());
        }
    }

    private static boolean teachesRetry(dev.pipewright.model.Pipeline pipeline) {
        return pipeline.extensions().getOrDefault("x-sample", "").contains("\"retry\"");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
