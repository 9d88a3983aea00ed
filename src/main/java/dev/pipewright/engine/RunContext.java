package dev.pipewright.engine;

import dev.pipewright.actions.SourceRevision;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.VariableReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a stage or an action run sees of its execution: where it runs, the values it resolves,
 * the record it changes and the events it publishes; not how the execution is started, stopped
 * or retried.
 */
interface RunContext {

    String id();

    Pipeline pipeline();

    ExecutionFolder folder();

    /** The folder relative paths in the configuration are resolved against. */
    Path baseDir();

    SecretMasker masker();

    /** The pipeline variables' real values, secrets included: never to be written anywhere. */
    Map<String, String> variables();

    NonLocalActions nonLocalActions();

    /** Present when the execution is simulated: nothing is executed. */
    Optional<Simulation> simulation();

    EngineServices services();

    /** Whether a listener wants log chunks as events (publishing them costs otherwise). */
    boolean wantsLogs();

    void publish(ExecutionEvent event);

    ExecutionRecord record();

    /** Applies a change to the record, saves it (coalesced) and returns the new one. */
    ExecutionRecord update(UnaryOperator<ExecutionRecord> change);

    void stageStatus(String stage, StageStatus status);

    void actionChanged(String stage, String action, UnaryOperator<ActionRecord> change);

    Optional<String> lookup(VariableReference ref);

    /** An output variable of a finished action, for later actions; its real value. */
    void publishOutput(String namespace, String key, String value);

    /** The revision a Source action of the first stage must fetch, when the run was started with one. */
    Optional<SourceRevision> sourceRevision(String stage, String action);

    boolean isStopRequested();

    void actionStarted(ActionRun run);

    void actionEnded(ActionRun run);

    /** How many Invoke Pipeline actions up the chain this execution is. */
    int depth();

    /** Starts a pipeline as the child of one of this execution's actions (Invoke Pipeline). */
    Execution startChild(Pipeline child, Path file, Map<String, String> variables, StartedBy by)
            throws StartRefusedException;
}
