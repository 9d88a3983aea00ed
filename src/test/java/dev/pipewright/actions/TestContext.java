package dev.pipewright.actions;

import dev.pipewright.model.Action;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** An ActionContext backed by temporary folders, recording everything a provider reports. */
public final class TestContext implements ActionContext {

    /** Answers an approval request the way a person would. */
    public interface Approver {
        ApprovalDecision decide(String message, Optional<String> link) throws ActionFailedException;
    }

    /** Runs a child pipeline the way the engine would. */
    public interface ChildRunner {
        ChildRun run(Path file, Map<String, String> variables);
    }

    private final Action action;
    private final Path root;
    private final Path pipelineDir;
    private final Path workDir;
    private final Path logFile;
    private final OutputStream log;
    private final Map<String, Path> inputs = new LinkedHashMap<>();
    public final Map<String, String> variables = new LinkedHashMap<>();
    public final Map<String, String> environment = new LinkedHashMap<>();
    public final List<String> lines = new CopyOnWriteArrayList<>();
    public final List<TestSummary> tests = new ArrayList<>();
    private final List<Runnable> cancelHooks = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    public Approver approver = (m, l) -> { throw new AssertionError("no approval expected"); };
    public ChildRunner childRunner = (f, v) -> { throw new AssertionError("no child run expected"); };
    public Duration timeout = Duration.ofMinutes(1);

    public TestContext(Path root, Action action) {
        this.root = root;
        this.action = action;
        try {
            this.pipelineDir = Files.createDirectories(root.resolve("pipeline"));
            this.workDir = Files.createDirectories(root.resolve("work"));
            this.logFile = root.resolve("action.log");
            this.log = Files.newOutputStream(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an input artifact folder (created empty) and returns it. */
    public Path addInput(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve("inputs").resolve(name));
        inputs.put(name, dir);
        return dir;
    }

    public Path logFile() throws IOException {
        log.flush();
        return logFile;
    }

    public String logText() throws IOException {
        return Files.readString(logFile(), StandardCharsets.UTF_8);
    }

    /** Does what the engine does on stop-and-abandon: runs the hooks. */
    public void cancel() {
        cancelled = true;
        cancelHooks.forEach(Runnable::run);
    }

    @Override public Action action() { return action; }
    @Override public String stageName() { return "Stage"; }
    @Override public String executionId() { return "exec-1"; }
    @Override public Path pipelineDir() { return pipelineDir; }
    @Override public Path workDir() { return workDir; }
    @Override public Map<String, Path> inputArtifacts() { return inputs; }

    @Override
    public Path outputArtifactDir(String name) {
        try {
            return Files.createDirectories(root.resolve("outputs").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public OutputStream logOutput() { return log; }
    @Override public void log(String line) { lines.add(line); }
    @Override public Map<String, String> environment() { return environment; }
    @Override public void setOutputVariable(String key, String value) { variables.put(key, value); }
    @Override public void recordTests(TestSummary summary) { tests.add(summary); }
    @Override public Duration timeout() { return timeout; }
    @Override public void onCancel(Runnable hook) { cancelHooks.add(hook); }
    @Override public boolean isCancelled() { return cancelled; }

    @Override
    public ApprovalDecision awaitApproval(String message, Optional<String> link) throws ActionFailedException {
        return approver.decide(message, link);
    }

    @Override
    public ChildRun runPipeline(Path pipelineFile, Map<String, String> variables) {
        return childRunner.run(pipelineFile, variables);
    }
}
