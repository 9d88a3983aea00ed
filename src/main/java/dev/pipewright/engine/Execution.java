package dev.pipewright.engine;

import dev.pipewright.actions.SourceRevision;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.VariableReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * One run of a pipeline snapshot: a conductor thread takes it through the stages, each stage's
 * runOrder groups in turn, each group's actions at the same time. Its record is kept current on
 * disk and every change is published as an event.
 */
public final class Execution {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Engine engine;
    private final String id;
    private final Pipeline pipeline;
    private final Path baseDir;
    private final ExecutionFolder folder;
    private final Map<String, String> variables;
    private final SecretMasker masker;
    private final RecordWriter writer;
    /** Output variables of finished actions, by namespace; real values, never written anywhere. */
    private final Map<String, Map<String, String>> outputs = new ConcurrentHashMap<>();
    private final Set<ActionRun> running = ConcurrentHashMap.newKeySet();

    private ExecutionRecord record; // guarded by this
    private ExecutionFolder.RunningLock lock; // guarded by this
    private CompletableFuture<ExecutionRecord> completion = new CompletableFuture<>(); // guarded by this
    private int depth; // how many Invoke Pipeline actions up the chain
    private List<SourceRevision> sourceRevisions = List.of();
    private NonLocalActions nonLocalActions = NonLocalActions.SKIP;
    private volatile boolean stopRequested;
    private volatile boolean abandonRequested;
    private volatile boolean superseded;

    private Execution(Engine engine, String id, Pipeline pipeline, Path baseDir, ExecutionFolder folder,
                      Map<String, String> variables, SecretMasker masker, ExecutionRecord record) {
        this.engine = engine;
        this.id = id;
        this.pipeline = pipeline;
        this.baseDir = baseDir;
        this.folder = folder;
        this.variables = Map.copyOf(variables);
        this.masker = masker;
        this.record = record;
        this.writer = new RecordWriter(engine.store(), folder, engine.recordIo());
    }

    static Execution create(Engine engine, RunRequest request, int depth) throws StartRefusedException {
        Pipeline pipeline = request.pipeline();
        RunChecks.refuseInvalid(pipeline, engine.providers());
        Map<String, String> values = resolveVariables(pipeline, request.variables());
        SecretMasker masker = new SecretMasker(secretValues(pipeline, values));
        String id = newId();
        Instant now = Instant.now();
        var stages = pipeline.stages().stream().map(s -> new StageRecord(s.name(), StageStatus.PENDING, null, null,
                s.actions().stream().map(a -> ActionRecord.pending(a.name(), a.category().displayName(),
                        a.provider(), a.runOrder(), ExecutionFolder.logPath(s.name(), a.name()))).toList())).toList();
        var maskedValues = new TreeMap<String, String>();
        values.forEach((k, v) -> maskedValues.put(k, masker.mask(v)));
        var record = new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, id, pipeline.name(),
                request.pipelineFile().map(f -> f.toAbsolutePath().normalize().toString()).orElse(null),
                pipeline.executionMode().name(), request.startedBy(), ExecutionStatus.IN_PROGRESS, null, now, null,
                maskedValues, stages);
        try {
            ExecutionFolder folder = engine.store().create(pipeline.name(), id);
            var execution = new Execution(engine, id, pipeline, request.baseDir(), folder, values, masker, record);
            execution.depth = depth;
            execution.sourceRevisions = request.sourceRevisions();
            execution.nonLocalActions = request.nonLocalActions();
            Snapshots.write(folder, pipeline);
            execution.lock = folder.lock();
            engine.store().writeRecord(folder, record);
            return execution;
        } catch (IOException e) {
            throw new StartRefusedException("cannot write the execution's folder under "
                    + engine.store().runsDir() + ": " + e.getMessage() + " (choose another with --runs-dir)");
        }
    }

    /** What a retry of an execution reopened from disk does with actions that cannot run here. */
    synchronized void nonLocalActions(NonLocalActions choice) {
        nonLocalActions = choice;
    }

    /** An execution of an earlier process, opened to retry one of its stages. */
    static Execution reopen(Engine engine, ExecutionFolder folder, Map<String, String> given)
            throws StartRefusedException {
        ExecutionRecord record = engine.store().recover(folder)
                .orElseThrow(() -> new StartRefusedException("cannot read " + folder.recordFile()));
        if (folder.isRunning()) {
            throw new StartRefusedException("execution " + record.executionId()
                    + " is still running; retry it from the process that runs it, or stop it first");
        }
        Pipeline pipeline;
        try {
            pipeline = Snapshots.read(folder);
        } catch (IOException e) {
            throw new StartRefusedException("cannot read the pipeline snapshot " + folder.snapshotFile() + ": "
                    + e.getMessage());
        }
        // secrets were masked on disk: they must come again, from the environment or the caller
        var values = new LinkedHashMap<String, String>(record.variables());
        for (PipelineVariable v : pipeline.variables()) {
            if (v.secret()) {
                values.remove(v.name());
            }
        }
        values.putAll(given);
        Map<String, String> resolved = resolveVariables(pipeline, values);
        SecretMasker masker = new SecretMasker(secretValues(pipeline, resolved));
        Path baseDir = record.pipelineFile() != null ? Path.of(record.pipelineFile()).getParent() : folder.dir();
        var execution = new Execution(engine, record.executionId(), pipeline, baseDir, folder, resolved, masker,
                record);
        // a retried Source stage builds the trigger's commit again, not the branch's newest
        execution.sourceRevisions = Optional.ofNullable(record.startedBy()).flatMap(StartedBy::gitChange)
                .map(c -> List.of(new SourceRevision(c.sourceAction(), c.commit().id(),
                        c.refType().equals("branch") ? Optional.of(c.ref()) : Optional.<String>empty())))
                .orElse(List.of());
        // output variables of actions that succeeded, for the stages still to run
        for (int i = 0; i < pipeline.stages().size(); i++) {
            Stage stage = pipeline.stages().get(i);
            for (Action action : stage.actions()) {
                record.action(stage.name(), action.name())
                        .filter(a -> a.status() == ActionStatus.SUCCEEDED)
                        .ifPresent(a -> action.namespace().ifPresent(ns ->
                                execution.outputs.computeIfAbsent(ns, k -> new ConcurrentHashMap<>())
                                        .putAll(a.outputVariables())));
            }
        }
        return execution;
    }

    private static String newId() {
        var bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return ID_TIME.format(Instant.now()) + "-" + String.format("%02x%02x%02x", bytes[0], bytes[1], bytes[2]);
    }

    /** Values for every pipeline variable: given, else from its environment variable, else its default. */
    static Map<String, String> resolveVariables(Pipeline pipeline, Map<String, String> given)
            throws StartRefusedException {
        var problems = new ArrayList<String>();
        var declared = new HashSet<String>();
        var values = new LinkedHashMap<String, String>();
        for (PipelineVariable v : pipeline.variables()) {
            declared.add(v.name());
            String value = given.get(v.name());
            if (value == null && v.fromEnv().isPresent()) {
                value = System.getenv(v.fromEnv().get());
            }
            if (value == null) {
                value = v.defaultValue().orElse(null);
            }
            if (value == null || value.isEmpty()) {
                problems.add("variable '" + v.name() + "' has no value: pass it with --var " + v.name() + "=VALUE"
                        + v.fromEnv().map(env -> " or set the environment variable " + env).orElse(""));
            } else {
                values.put(v.name(), value);
            }
        }
        for (String name : given.keySet()) {
            if (!declared.contains(name)) {
                problems.add("the pipeline has no variable '" + name + "'"
                        + (declared.isEmpty() ? "; it declares none" : "; it declares " + new java.util.TreeSet<>(declared)));
            }
        }
        if (!problems.isEmpty()) {
            throw new StartRefusedException(problems);
        }
        return values;
    }

    private static List<String> secretValues(Pipeline pipeline, Map<String, String> values) {
        var secrets = new java.util.ArrayList<>(pipeline.variables().stream().filter(PipelineVariable::secret)
                .map(v -> values.get(v.name())).filter(java.util.Objects::nonNull).toList());
        secrets.addAll(dev.pipewright.model.UrlCredentials.passwords(pipeline, values)); // user:password@ in addresses
        return secrets;
    }

    public String id() {
        return id;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public ExecutionFolder folder() {
        return folder;
    }

    public synchronized ExecutionRecord record() {
        return record;
    }

    /** Waits for the current run to end (a retry starts a new one) and returns the final record. */
    public ExecutionRecord await() throws InterruptedException {
        try {
            return currentCompletion().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** As {@link #await()}, giving up after {@code timeout}; empty if still running then. */
    public Optional<ExecutionRecord> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(currentCompletion().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized CompletableFuture<ExecutionRecord> currentCompletion() {
        return completion;
    }

    void begin() {
        engine.publish(new ExecutionEvent.ExecutionStarted(id, record().startTime(), pipeline.name(),
                record().startedBy()));
        startConductor(0, null);
    }

    private void startConductor(int fromStage, RetryMode retryMode) {
        Thread conductor = new Thread(() -> conduct(fromStage, retryMode), "pipewright-" + id);
        conductor.setDaemon(true);
        conductor.start();
    }

    private void conduct(int fromStage, RetryMode retryMode) {
        ExecutionStatus outcome = ExecutionStatus.SUCCEEDED;
        String summary = null;
        StageGates gates = engine.gates(pipeline.name());
        ExecutionMode mode = pipeline.executionMode();
        try {
            for (int i = fromStage; i < pipeline.stages().size(); i++) {
                Stage stage = pipeline.stages().get(i);
                if (stopRequested) {
                    outcome = ExecutionStatus.STOPPED;
                    break;
                }
                try {
                    gates.enter(this, stage.name(), mode, () -> stageStatus(stage.name(), StageStatus.WAITING));
                } catch (StageGates.SupersededException e) {
                    outcome = ExecutionStatus.SUPERSEDED;
                    summary = e.getMessage();
                    stageStatus(stage.name(), StageStatus.PENDING);
                    break;
                } catch (StageGates.StoppedException e) {
                    outcome = ExecutionStatus.STOPPED;
                    stageStatus(stage.name(), StageStatus.PENDING);
                    break;
                }
                StageOutcome result;
                try {
                    result = new StageRun(this, stage, i == fromStage ? retryMode : null).run();
                } finally {
                    gates.leave(this, stage.name());
                }
                if (result.status() == StageStatus.FAILED) {
                    outcome = ExecutionStatus.FAILED;
                    summary = result.summary();
                    break;
                }
                if (result.status() == StageStatus.STOPPED) {
                    outcome = ExecutionStatus.STOPPED;
                    break;
                }
            }
        } catch (RuntimeException | Error e) {
            outcome = ExecutionStatus.FAILED;
            summary = "Pipewright failed inside the engine: " + e;
        }
        if (outcome == ExecutionStatus.STOPPED) {
            summary = abandonRequested ? "stopped and abandoned" : "stopped";
        }
        finish(outcome, summary);
    }

    private void finish(ExecutionStatus outcome, String summary) {
        Instant now = Instant.now();
        CompletableFuture<ExecutionRecord> done;
        ExecutionRecord last;
        synchronized (this) {
            record = record.ended(outcome, masker.mask(summary), now);
            writer.submit(record);
            last = record;
            done = completion;
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id, now, outcome, last.summary()));
        engine.publish(new ExecutionEvent.ExecutionFinished(id, now, outcome, last.summary()));
        try {
            writer.flush();
        } catch (IOException e) {
            System.err.println("pipewright: could not save " + folder.recordFile() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        releaseLock();
        engine.finished(this);
        done.complete(last);
    }

    private synchronized void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
            lock = null;
        }
    }

    /**
     * Stops the execution. Without {@code abandon}, running actions finish and nothing new starts;
     * with it, running actions are ended now (their process trees included) and marked Abandoned.
     *
     * @return false if the execution had already ended
     */
    public boolean stop(boolean abandon) {
        synchronized (this) {
            if (record.status().isFinal()) {
                return false;
            }
            stopRequested = true;
            abandonRequested |= abandon;
            if (record.status() != ExecutionStatus.STOPPING) {
                record = record.withStatus(ExecutionStatus.STOPPING, abandon ? "stopping and abandoning" : "stopping");
                writer.submit(record);
            }
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id, Instant.now(), ExecutionStatus.STOPPING,
                abandon ? "stopping and abandoning" : "stopping"));
        if (abandon) {
            for (ActionRun run : running) {
                run.cancel(ActionStatus.ABANDONED, "abandoned: the execution was stopped");
            }
        }
        engine.gates(pipeline.name()).wake();
        return true;
    }

    /**
     * Runs a failed (or stopped) stage again and goes on from there, in this same execution.
     *
     * @throws IllegalStateException saying why when the stage cannot be retried now
     */
    public void retry(String stageName, RetryMode mode) {
        int index = pipeline.stageIndex(stageName);
        if (index < 0) {
            throw new IllegalStateException("the pipeline has no stage '" + stageName + "'; its stages are "
                    + pipeline.stages().stream().map(Stage::name).toList());
        }
        synchronized (this) {
            if (!record.status().isRetryable()) {
                throw new IllegalStateException("execution " + id + " is " + record.status().displayName()
                        + "; only a Failed, Stopped or Interrupted execution can be retried");
            }
            StageStatus stageStatus = record.stage(stageName).map(StageRecord::status).orElse(StageStatus.PENDING);
            if (stageStatus != StageStatus.FAILED && stageStatus != StageStatus.STOPPED) {
                throw new IllegalStateException("stage '" + stageName + "' is " + stageStatus.displayName()
                        + "; only a Failed or Stopped stage can be retried");
            }
            if (lock == null) {
                try {
                    lock = folder.lock();
                } catch (IOException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            stopRequested = false;
            abandonRequested = false;
            superseded = false;
            completion = new CompletableFuture<>();
            engine.track(this);
            record = record.withStatus(ExecutionStatus.IN_PROGRESS, null);
            writer.submit(record);
        }
        engine.publish(new ExecutionEvent.ExecutionStatusChanged(id, Instant.now(), ExecutionStatus.IN_PROGRESS,
                "retrying stage '" + stageName + "' (" + mode + ")"));
        startConductor(index, mode);
    }

    /**
     * Records a decision on a waiting approval gate.
     *
     * @throws IllegalStateException when that action is not waiting for a decision
     */
    public void decide(String stage, String action, boolean approve, String by, String comment) {
        for (ActionRun run : running) {
            if (run.stageName().equals(stage) && run.action().name().equals(action)) {
                run.decide(approve, by, comment);
                return;
            }
        }
        String state = record().action(stage, action).map(a -> a.status().displayName())
                .orElse("not part of this pipeline");
        throw new IllegalStateException("action '" + stage + "/" + action + "' is not waiting for approval (it is "
                + state + ")");
    }

    // --- used by StageRun and ActionRun ---

    NonLocalActions nonLocalActions() {
        return nonLocalActions;
    }

    int depth() {
        return depth;
    }

    Engine engine() {
        return engine;
    }

    Path baseDir() {
        return baseDir;
    }

    SecretMasker masker() {
        return masker;
    }

    boolean isStopRequested() {
        return stopRequested;
    }

    boolean isSuperseded() {
        return superseded;
    }

    void supersede() {
        superseded = true;
    }

    Set<ActionRun> running() {
        return running;
    }

    Map<String, String> variables() {
        return variables;
    }

    /** The revision a Source action of the first stage must fetch, when the run was started with one. */
    Optional<SourceRevision> sourceRevision(String stage, String action) {
        if (pipeline.stages().isEmpty() || !pipeline.stages().get(0).name().equals(stage)) {
            return Optional.empty();
        }
        return sourceRevisions.stream().filter(r -> r.actionName().equals(action)).findFirst();
    }

    Optional<String> lookup(VariableReference ref) {
        if (ref.namespace().equals(VariableReference.PIPELINE_NAMESPACE)) {
            return Optional.ofNullable(variables.get(ref.name()));
        }
        if (ref.namespace().equals(VariableReference.BUILT_IN_NAMESPACE)) {
            return switch (ref.name()) {
                case "PipelineExecutionId" -> Optional.of(id);
                case "PipelineName" -> Optional.of(pipeline.name());
                default -> Optional.empty();
            };
        }
        return Optional.ofNullable(outputs.getOrDefault(ref.namespace(), Map.of()).get(ref.name()));
    }

    void publishOutput(String namespace, String key, String value) {
        outputs.computeIfAbsent(namespace, k -> new ConcurrentHashMap<>()).put(key, value);
    }

    /** Applies a change to the record, saves it (coalesced) and returns the new one. */
    synchronized ExecutionRecord update(UnaryOperator<ExecutionRecord> change) {
        record = change.apply(record);
        writer.submit(record);
        return record;
    }

    void stageStatus(String stage, StageStatus status) {
        Instant now = Instant.now();
        update(r -> r.withStage(stage, s -> switch (status) {
            case IN_PROGRESS -> s.started(now);
            case SUCCEEDED, FAILED, STOPPED, CANCELLED, SKIPPED -> s.ended(status, now);
            default -> s.withStatus(status);
        }));
        engine.publish(new ExecutionEvent.StageStatusChanged(id, now, stage, status));
    }

    void actionChanged(String stage, String action, UnaryOperator<ActionRecord> change) {
        ExecutionRecord after = update(r -> r.withStage(stage, s -> s.withAction(action, change)));
        after.action(stage, action).ifPresent(a -> engine.publish(new ExecutionEvent.ActionStatusChanged(id,
                Instant.now(), stage, action, a.status(), a.summary())));
    }

    static Duration defaultTimeout(ActionCategory category) {
        // as CodePipeline: seven days for a person to decide, an hour for anything else
        return category == ActionCategory.APPROVAL ? Duration.ofDays(7) : Duration.ofHours(1);
    }

    /** The result of one stage. */
    record StageOutcome(StageStatus status, String summary) {
    }

    @Override
    public String toString() {
        return "execution " + id + " of " + pipeline.name();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
