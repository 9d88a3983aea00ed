package dev.pipewright.cli;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.io.PipelineFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A child JVM that runs a pipeline the way the window does (an engine of its own, a manual start)
 * and, while it runs, reads the History of its own pipeline over and over as the window's History
 * tab does. Exits 0 when the execution ends Succeeded, 1 otherwise.
 */
public final class WindowPathChild {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path runs = Path.of(args[1]);
        var pipeline = PipelineFiles.load(file).pipeline();
        try (var engine = new Engine(new Engine.Options(runs, Providers.builtIn(), 2))) {
            var execution = engine.start(new RunRequest(pipeline, Optional.of(file), Map.of(),
                    StartedBy.manual("window-path-child")));
            var store = new ExecutionStore(runs);
            Optional<ExecutionRecord> end = Optional.empty();
            while (end.isEmpty()) {
                store.history(Optional.of(pipeline.name()));
                store.folders(Optional.empty()).forEach(ExecutionFolder::isRunning);
                end = execution.await(Duration.ofMillis(20));
            }
            System.out.println("ended " + end.get().status());
            System.exit(end.get().status() == ExecutionStatus.SUCCEEDED ? 0 : 1);
        }
    }
}
