package dev.pipewright.engine;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Small builders and waits for engine tests. */
final class TestPipelines {
    private TestPipelines() {
    }

    static Action shell(String name, int runOrder, String commands) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withRunOrder(runOrder)
                .withSetting("commands", ConfigValue.text(commands));
    }

    static Action approval(String name, int runOrder) {
        return Action.of(name, ActionCategory.APPROVAL, "Manual").withRunOrder(runOrder)
                .withSetting("CustomData", ConfigValue.text("Ship it?"));
    }

    static Action withTimeout(Action action, String minutes) {
        return action.withTimeoutInMinutes(Optional.of(new BigDecimal(minutes)));
    }

    static Action producing(Action action, String artifact) {
        return action.withOutputArtifacts(List.of(OutputArtifact.named(artifact)));
    }

    static Action consuming(Action action, String... artifacts) {
        return action.withInputArtifacts(List.of(artifacts));
    }

    static Engine engine(Path runs) {
        return new Engine(Engine.Options.defaults().withRunsDir(runs).withMaxParallelActions(4));
    }

    static RunRequest request(Pipeline pipeline, Path dir) {
        return RunRequest.of(pipeline, dir.resolve(pipeline.name() + ".pipeline.json"));
    }

    /** Waits for a condition, failing the test after 30 s rather than hanging. */
    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    static ExecutionRecord finish(Execution execution) throws InterruptedException {
        return execution.await(Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError(execution + " did not finish within 60 s"));
    }

    static String log(Execution execution, String stage, String action) throws java.io.IOException {
        return Files.readString(execution.folder().logFile(stage, action));
    }

    static long pidIn(Path file) throws java.io.IOException {
        return Long.parseLong(Files.readString(file).strip());
    }

    static void assertGone(long pid) throws InterruptedException {
        waitFor("process " + pid + " to end", () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }
}
