package dev.pipewright.engine;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Runs pipelines: starts executions, keeps their records, enforces stage locks and transitions
 * between executions of the same pipeline, and tells listeners what happens. One engine per
 * process is the rule; it holds no JavaFX and no terminal.
 */
public final class Engine implements AutoCloseable {

    /** How an engine is set up. */
    public record Options(Path runsDir, Providers providers, int maxParallelActions) {
        public static Options defaults() {
            return new Options(ExecutionStore.defaultRunsDir(), Providers.builtIn(),
                    Runtime.getRuntime().availableProcessors());
        }

        public Options withRunsDir(Path dir) {
            return new Options(dir, providers, maxParallelActions);
        }

        public Options withMaxParallelActions(int n) {
            return new Options(runsDir, providers, n);
        }
    }

    private final Options options;
    private final ExecutionStore store;
    private final Semaphore workSlots;
    private final List<ExecutionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Execution> live = new ConcurrentHashMap<>();
    private final Map<String, StageGates> gates = new ConcurrentHashMap<>();
    private final ScheduledExecutorService recordIo =
            Executors.newSingleThreadScheduledExecutor(daemon("pipewright-records"));
    private final ExecutorService actionThreads = Executors.newCachedThreadPool(daemon("pipewright-action"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("pipewright-timers"));
    private final EngineServices services;

    public Engine(Options options) {
        if (options.maxParallelActions() < 1) {
            throw new IllegalArgumentException("maxParallelActions must be at least 1");
        }
        this.options = options;
        this.store = new ExecutionStore(options.runsDir());
        this.workSlots = new Semaphore(options.maxParallelActions(), true);
        this.services = new EngineServices(options.providers(), workSlots, actionThreads, timers);
    }

    public ExecutionStore store() {
        return store;
    }

    public Providers providers() {
        return options.providers();
    }

    /** How many actions may work at once; the others wait for a free slot. */
    public int maxParallelActions() {
        return options.maxParallelActions();
    }

    public void addListener(ExecutionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ExecutionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts an execution of a snapshot of the pipeline and returns at once.
     *
     * @throws StartRefusedException when variables lack values or the runs folder cannot be written
     */
    public Execution start(RunRequest request) throws StartRefusedException {
        return start(request, 0);
    }

    private Execution start(RunRequest request, int depth) throws StartRefusedException {
        var execution = ExecutionStart.create(this, request, depth);
        live.put(execution.id(), execution);
        execution.begin();
        return execution;
    }

    /**
     * Retries a failed stage of an execution that ended in an earlier process (the command line's
     * {@code pipewright retry}). Secrets are not kept on disk, so {@code variables} gives them again.
     */
    public Execution resume(String executionId, String stage, RetryMode mode, Map<String, String> variables)
            throws StartRefusedException {
        return resume(executionId, stage, mode, variables, NonLocalActions.SKIP);
    }

    /** As {@link #resume(String, String, RetryMode, Map)}, saying what to do with actions that cannot run here. */
    public Execution resume(String executionId, String stage, RetryMode mode, Map<String, String> variables,
                            NonLocalActions nonLocal) throws StartRefusedException {
        ExecutionFolder folder;
        try {
            folder = store.find(executionId);
        } catch (IllegalArgumentException e) {
            throw new StartRefusedException(e.getMessage());
        }
        var execution = ExecutionReopening.reopen(this, folder, variables, nonLocal);
        live.put(execution.id(), execution);
        execution.retry(stage, mode);
        return execution;
    }

    /** An execution running in this process. */
    public Optional<Execution> live(String executionId) {
        return Optional.ofNullable(live.get(executionId));
    }

    public Collection<Execution> liveExecutions() {
        return List.copyOf(live.values());
    }

    public Transitions transitions(String pipelineName) {
        return gates(pipelineName).transitions();
    }

    public void disableTransition(String pipelineName, String stage, String reason, String by) throws IOException {
        gates(pipelineName).transitions().disable(stage, reason, by);
        gates(pipelineName).wake();
    }

    public void enableTransition(String pipelineName, String stage) throws IOException {
        gates(pipelineName).transitions().enable(stage);
        gates(pipelineName).wake();
    }

    StageGates gates(String pipelineName) {
        return gates.computeIfAbsent(pipelineName,
                name -> new StageGates(new Transitions(store.pipelineDir(name).resolve("transitions.json")),
                        new SharedStageLocks(store.pipelineDir(name))));
    }

    EngineServices services() {
        return services;
    }

    ScheduledExecutorService recordIo() {
        return recordIo;
    }

    boolean anyListenerWantsLogs() {
        return listeners.stream().anyMatch(ExecutionListener::wantsLogs);
    }

    void publish(ExecutionEvent event) {
        boolean isLog = event instanceof ExecutionEvent.LogChunk;
        for (var listener : listeners) {
            if (isLog && !listener.wantsLogs()) {
                continue;
            }
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // a broken listener must not break the run; it loses this event, and the others hear of it
                if (!(event instanceof ExecutionEvent.Problem)) {
                    tellOthers(listener, new ExecutionEvent.Problem(event.executionId(), Instant.now(),
                            "a listener of the run's events failed and missed one: " + e));
                }
            }
        }
    }

    private void tellOthers(ExecutionListener failed, ExecutionEvent.Problem problem) {
        for (var listener : listeners) {
            if (listener != failed) {
                try {
                    listener.onEvent(problem);
                } catch (RuntimeException e) {
                    // it fails too: there is no one left to tell
                }
            }
        }
    }

    void track(Execution execution) {
        live.put(execution.id(), execution);
    }

    void finished(Execution execution) {
        live.remove(execution.id(), execution);
    }

    /** Runs another pipeline file as a child of an action (Invoke Pipeline). */
    Execution startChild(Pipeline pipeline, Path file, Map<String, String> variables, StartedBy by, int depth)
            throws StartRefusedException {
        return start(new RunRequest(pipeline, Optional.of(file), variables, by), depth);
    }

    /** Stops and abandons whatever still runs, then releases the engine's threads. */
    @Override
    public void close() {
        for (var execution : liveExecutions()) {
            execution.stop(true);
        }
        for (var execution : liveExecutions()) {
            try {
                execution.await(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        timers.shutdownNow();
        actionThreads.shutdown();
        recordIo.shutdown();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
