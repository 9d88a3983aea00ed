package dev.pipewright.actions;

import dev.pipewright.model.Action;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine gives a running action: its resolved declaration, folders, log, and the ways to
 * report results. Implemented by the engine; providers only use it.
 */
public interface ActionContext {

    /** The action with every {@code #{...}} reference in its configuration resolved. */
    Action action();

    String stageName();

    String executionId();

    /** The folder relative paths in the configuration are resolved against: the pipeline file's folder. */
    Path pipelineDir();

    /**
     * The action's own working folder, created and empty but for its first input artifact, whose
     * contents are copied in (as CodeBuild's primary source).
     */
    Path workDir();

    /** Every input artifact by name, each a folder this action may read (and must not change). */
    Map<String, Path> inputArtifacts();

    /** The folder to fill with the output artifact {@code name}; created empty on first call. */
    Path outputArtifactDir(String name);

    /**
     * Raw output of the action (a process's stdout and stderr): written to the log file as it
     * arrives, with secrets masked. Closing it is the engine's business, not the provider's.
     */
    OutputStream logOutput();

    /** Writes one line of the provider's own commentary to the log (secrets masked too). */
    void log(String line);

    /** Environment variables every process of this action gets (execution id, output file...). */
    Map<String, String> environment();

    /** Publishes an output variable, visible to later actions as {@code #{Namespace.key}}. */
    void setOutputVariable(String key, String value);

    /** Records a test report summary (Test actions). */
    void recordTests(TestSummary summary);

    /** How long the action may take; the engine enforces it, this is for providers that pass it on. */
    Duration timeout();

    /**
     * Registers something to do when the action must end now (stop-and-abandon or timeout), such
     * as killing a process tree. Runs at most once, possibly on another thread.
     */
    void onCancel(Runnable hook);

    /**
     * Says that the action started a process that leads a process group of its own, so that a later
     * Pipewright can end what survives a crash, and prove it its own by the start time.
     */
    default void processStarted(long groupId, Optional<java.time.Instant> startTime) {
    }

    /** Whether the action has been told to end. */
    boolean isCancelled();

    /**
     * Waits for a person's decision on this approval gate. Returns when approved; throws
     * {@link ActionFailedException} when rejected.
     */
    ApprovalDecision awaitApproval(String message, Optional<String> link)
            throws ActionFailedException, InterruptedException;

    /**
     * Runs another pipeline file to its end, as a child execution, and returns its outcome.
     */
    ChildRun runPipeline(Path pipelineFile, Map<String, String> variables)
            throws ActionFailedException, InterruptedException;

    /**
     * The revision this Source action must fetch in this execution (a trigger's commit), if the
     * run was started with one; empty means "what the settings say".
     */
    default Optional<SourceRevision> sourceRevision() {
        return Optional.empty();
    }

    /** A decision taken on an approval gate. */
    record ApprovalDecision(boolean approved, String by, java.time.Instant at, String comment) {
    }

    /** The outcome of a pipeline run by an Invoke Pipeline action. */
    record ChildRun(String executionId, String status, boolean succeeded) {
    }
}
