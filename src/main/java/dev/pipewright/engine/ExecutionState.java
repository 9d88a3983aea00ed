package dev.pipewright.engine;

import dev.pipewright.actions.SourceRevision;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.VariableReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What one execution knows while it runs: its record (kept current on disk), the values its
 * actions resolve references against, the actions running now and whether it was told to stop.
 * Stage and action runs see it as their {@link RunContext}.
 */
final class ExecutionState implements RunContext {

    /** Everything an execution starts from, whether new or reopened from disk. */
    record Setup(Engine engine, String id, Pipeline pipeline, Path baseDir, ExecutionFolder folder,
                 Map<String, String> variables, SecretMasker masker, ExecutionRecord record, int depth,
                 List<SourceRevision> sourceRevisions, NonLocalActions nonLocalActions,
                 Map<String, Map<String, String>> outputs, Simulation simulation) {
    }

    private final Engine engine;
    private final String id;
    private final Pipeline pipeline;
    private final Path baseDir;
    private final ExecutionFolder folder;
    private final Map<String, String> variables;
    private final SecretMasker masker;
    private final RecordWriter writer;
    private final int depth;
    private final List<SourceRevision> sourceRevisions;
    private final NonLocalActions nonLocalActions;
    private final Simulation simulation; // null for a real run
    /** Output variables of finished actions, by namespace; real values, never written anywhere. */
    private final Map<String, Map<String, String>> outputs = new ConcurrentHashMap<>();
    private final Set<ActionRun> running = ConcurrentHashMap.newKeySet();
    private ExecutionRecord record; // guarded by this
    private volatile boolean stopRequested;
    private volatile boolean abandonRequested;
    private volatile boolean superseded;

    ExecutionState(Setup setup) {
        this.engine = setup.engine();
        this.id = setup.id();
        this.pipeline = setup.pipeline();
        this.baseDir = setup.baseDir();
        this.folder = setup.folder();
        this.variables = Map.copyOf(setup.variables());
        this.masker = setup.masker();
        this.record = setup.record();
        this.depth = setup.depth();
        this.sourceRevisions = List.copyOf(setup.sourceRevisions());
        this.nonLocalActions = setup.nonLocalActions();
        this.simulation = setup.simulation();
        setup.outputs().forEach((ns, values) -> outputs.put(ns, new ConcurrentHashMap<>(values)));
        this.writer = new RecordWriter(engine.store(), folder, engine.recordIo());
    }

    Engine engine() {
        return engine;
    }

    RecordWriter writer() {
        return writer;
    }

    Set<ActionRun> running() {
        return running;
    }

    /** Asks the execution to stop; with {@code abandon}, running actions are ended too. */
    void requestStop(boolean abandon) {
        stopRequested = true;
        abandonRequested |= abandon;
    }

    boolean isAbandonRequested() {
        return abandonRequested;
    }

    /** Clears what an earlier run asked, before a retry. */
    void clearRequests() {
        stopRequested = false;
        abandonRequested = false;
        superseded = false;
    }

    boolean isSuperseded() {
        return superseded;
    }

    void supersede() {
        superseded = true;
    }

    // --- RunContext ---

    @Override
    public String id() {
        return id;
    }

    @Override
    public Pipeline pipeline() {
        return pipeline;
    }

    @Override
    public ExecutionFolder folder() {
        return folder;
    }

    @Override
    public Path baseDir() {
        return baseDir;
    }

    @Override
    public SecretMasker masker() {
        return masker;
    }

    @Override
    public Map<String, String> variables() {
        return variables;
    }

    @Override
    public NonLocalActions nonLocalActions() {
        return nonLocalActions;
    }

    @Override
    public Optional<Simulation> simulation() {
        return Optional.ofNullable(simulation);
    }

    @Override
    public EngineServices services() {
        return engine.services();
    }

    @Override
    public boolean wantsLogs() {
        return engine.anyListenerWantsLogs();
    }

    @Override
    public void publish(ExecutionEvent event) {
        engine.publish(event);
    }

    @Override
    public synchronized ExecutionRecord record() {
        return record;
    }

    @Override
    public synchronized ExecutionRecord update(UnaryOperator<ExecutionRecord> change) {
        record = change.apply(record);
        writer.submit(record);
        return record;
    }

    @Override
    public void stageStatus(String stage, StageStatus status) {
        Instant now = Instant.now();
        update(r -> r.withStage(stage, s -> switch (status) {
            case IN_PROGRESS -> s.started(now);
            case SUCCEEDED, FAILED, STOPPED, CANCELLED, SKIPPED -> s.ended(status, now);
            default -> s.withStatus(status);
        }));
        engine.publish(new ExecutionEvent.StageStatusChanged(id, now, stage, status));
    }

    @Override
    public void actionChanged(String stage, String action, UnaryOperator<ActionRecord> change) {
        ExecutionRecord after = update(r -> r.withStage(stage, s -> s.withAction(action, change)));
        after.action(stage, action).ifPresent(a -> engine.publish(new ExecutionEvent.ActionStatusChanged(id,
                Instant.now(), stage, action, a.status(), a.summary())));
    }

    @Override
    public Optional<String> lookup(VariableReference ref) {
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

    @Override
    public void publishOutput(String namespace, String key, String value) {
        outputs.computeIfAbsent(namespace, k -> new ConcurrentHashMap<>()).put(key, value);
    }

    @Override
    public Optional<SourceRevision> sourceRevision(String stage, String action) {
        if (pipeline.stages().isEmpty() || !pipeline.stages().get(0).name().equals(stage)) {
            return Optional.empty();
        }
        return sourceRevisions.stream().filter(r -> r.actionName().equals(action)).findFirst();
    }

    @Override
    public boolean isStopRequested() {
        return stopRequested;
    }

    @Override
    public void actionStarted(ActionRun run) {
        running.add(run);
    }

    @Override
    public void actionEnded(ActionRun run) {
        running.remove(run);
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public Execution startChild(Pipeline child, Path file, Map<String, String> childVariables, StartedBy by)
            throws StartRefusedException {
        return engine.startChild(child, file, childVariables, by, depth + 1);
    }
}
