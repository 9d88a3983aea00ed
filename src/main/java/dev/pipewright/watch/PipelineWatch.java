package dev.pipewright.watch;

import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.SourceRevision;
import dev.pipewright.actions.source.GitSource;
import dev.pipewright.actions.source.GitSourceSettings;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.StartRefusedException;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.git.GitException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Trigger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a pipeline's triggers: watches its Git sources and starts an execution, on the given
 * engine, for each new commit a trigger lets through, with that exact commit. Overlapping
 * executions are then the engine's business (the pipeline's execution mode). Without triggers,
 * each Git source that follows a branch is watched on that branch (CodePipeline's default change
 * detection). Backs both {@code pipewright watch} and the window's "Watch for changes".
 *
 * <p>A repository folder on this machine is looked at every {@link WatchOptions#localInterval()}
 * by reading its refs (a poll, not a file-system watch: refs change through loose files, the
 * packed-refs file and lock-file renames, which watch services report unreliably and not at all
 * on some file systems); a remote is asked every {@link WatchOptions#remoteInterval()}.
 */
public final class PipelineWatch implements AutoCloseable {

    private final Pipeline pipeline;
    private final Path pipelineFile;
    private final Engine engine;
    private final WatchOptions options;
    private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();
    private final List<WatchedSource> sources;
    private final ScheduledExecutorService looks;
    private final CountDownLatch ready;

    private PipelineWatch(Pipeline pipeline, Path pipelineFile, Engine engine, WatchOptions options,
                          List<WatchedSource> sources) {
        this.pipeline = pipeline;
        this.pipelineFile = pipelineFile.toAbsolutePath();
        this.engine = engine;
        this.options = options;
        this.sources = sources;
        this.ready = new CountDownLatch(sources.size());
        this.looks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pipewright-watch-" + pipeline.name());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts watching {@code pipeline} (read from {@code pipelineFile}, whose folder relative paths
     * resolve against).
     *
     * @throws WatchException when there is nothing to watch or a trigger cannot work (the message says why)
     */
    public static PipelineWatch start(Pipeline pipeline, Path pipelineFile, Engine engine, WatchOptions options,
                                      WatchListener listener) throws WatchException {
        var sources = watchedSources(pipeline, pipelineFile.toAbsolutePath().getParent(), options);
        var watch = new PipelineWatch(pipeline, pipelineFile, engine, options, sources);
        watch.listeners.add(listener);
        for (WatchedSource source : sources) {
            Duration every = source.settings().address().isLocal() ? options.localInterval() : options.remoteInterval();
            watch.looks.scheduleWithFixedDelay(() -> watch.look(source), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return watch;
    }

    private static List<WatchedSource> watchedSources(Pipeline pipeline, Path baseDir, WatchOptions options)
            throws WatchException {
        List<Action> firstStage = pipeline.stages().isEmpty() ? List.of() : pipeline.stages().get(0).actions();
        var variables = new PipelineValues(pipeline, options.variables());
        var sources = new ArrayList<WatchedSource>();
        var problems = new ArrayList<String>();
        if (pipeline.triggers().isEmpty()) {
            for (Action action : firstStage) {
                if (isGit(action)) {
                    settings(action, baseDir, variables, problems).ifPresent(s -> s.branch().ifPresentOrElse(
                            branch -> sources.add(new WatchedSource(action.name(), s, new PushFilters(List.of(
                                    new Trigger.PushFilter(new Trigger.Patterns(List.of(branch), List.of()),
                                            Trigger.Patterns.ANY, Trigger.Patterns.ANY)),
                                    "the default change detection of " + action.name()), options)),
                            () -> problems.add("Git source '" + action.name() + "' follows no branch; set its "
                                    + "'branch', or add a trigger")));
                }
            }
        }
        for (int i = 0; i < pipeline.triggers().size(); i++) {
            Trigger trigger = pipeline.triggers().get(i);
            String name = "trigger " + (i + 1) + " (on " + trigger.sourceActionName() + ")";
            Optional<Action> action = firstStage.stream().filter(a -> a.name().equals(trigger.sourceActionName()))
                    .findFirst();
            if (action.isEmpty() || !isGit(action.get())) {
                problems.add(name + " watches '" + trigger.sourceActionName() + "', which is not a Git source "
                        + "action of the first stage; point it at one");
                continue;
            }
            var filters = new PushFilters(trigger.push(), name);
            filters.problem().ifPresent(problems::add);
            settings(action.get(), baseDir, variables, problems)
                    .ifPresent(s -> sources.add(new WatchedSource(trigger.sourceActionName(), s, filters, options)));
        }
        if (!problems.isEmpty()) {
            throw new WatchException(problems);
        }
        if (sources.isEmpty()) {
            throw new WatchException(List.of("pipeline '" + pipeline.name() + "' has no Git source to watch; add a "
                    + "Git source action to the first stage, and a trigger on it"));
        }
        return sources;
    }

    private static boolean isGit(Action action) {
        return action.category() == ActionCategory.SOURCE && action.provider().equals(GitSource.SPEC.id());
    }

    private static Optional<GitSourceSettings> settings(Action action, Path baseDir, PipelineValues variables,
                                                        List<String> problems) {
        try {
            return Optional.of(GitSourceSettings.read(variables.resolve(action), baseDir, System.getenv()));
        } catch (ActionFailedException e) {
            problems.add("Git source '" + action.name() + "' " + e.getMessage());
            return Optional.empty();
        }
    }

    public void addListener(WatchListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WatchListener listener) {
        listeners.remove(listener);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Waits until every source has been looked at once, so a commit made from now on is one the
     * watch will see. False if that took longer than {@code timeout} (say, a remote that does not answer).
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isRunning() {
        return !looks.isShutdown();
    }

    /** Stops watching; executions already started go on. */
    @Override
    public void close() {
        looks.shutdownNow();
        try {
            looks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void look(WatchedSource source) {
        boolean first = !source.hasBaseline();
        try {
            List<WatchedSource.Push> pushes = source.look();
            if (first && source.hasBaseline()) {
                var address = source.settings().address();
                Duration every = address.isLocal() ? options.localInterval() : options.remoteInterval();
                tell(new WatchEvent.Watching(Instant.now(), source.actionName(), address.display(),
                        "new commits (looked at every " + every.toMillis() / 1000.0 + " s)"));
                ready.countDown();
            }
            for (WatchedSource.Push push : pushes) {
                if (push.result().pass().isPresent()) {
                    startFor(source, push.change());
                } else {
                    var c = push.change();
                    tell(new WatchEvent.Ignored(Instant.now(), source.actionName(), c.refType(), c.ref(), c.commit(),
                            push.result().reason()));
                }
            }
        } catch (GitException e) {
            tell(new WatchEvent.Problem(Instant.now(), source.actionName(), e.getMessage() + " (trying again)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a look that fails unexpectedly must not end the schedule: the next one may work
            tell(new WatchEvent.Problem(Instant.now(), source.actionName(), "looking for changes failed: " + e));
        }
    }

    private void startFor(WatchedSource source, StartedBy.GitChange change) {
        var revision = new SourceRevision(source.actionName(), change.commit().id(),
                source.branchForRevision(change));
        var request = new RunRequest(pipeline, Optional.of(pipelineFile), options.variables(),
                StartedBy.trigger(change)).withSourceRevisions(List.of(revision));
        try {
            Execution execution = engine.start(request);
            tell(new WatchEvent.Started(Instant.now(), execution.id(), change));
        } catch (StartRefusedException e) {
            tell(new WatchEvent.Problem(Instant.now(), source.actionName(), "could not start an execution for commit "
                    + change.commit().shortId() + ": " + String.join("; ", e.reasons())));
        }
    }

    private void tell(WatchEvent event) {
        var failed = new java.util.ArrayList<WatchListener>();
        for (WatchListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                failed.add(listener);
            }
        }
        if (!failed.isEmpty() && !(event instanceof WatchEvent.Problem)) {
            // said to the listeners that work (the window, the terminal), never printed from here
            String action = event instanceof WatchEvent.Watching w ? w.sourceAction()
                    : event instanceof WatchEvent.Ignored i ? i.sourceAction() : "watch";
            var problem = new WatchEvent.Problem(Instant.now(), action,
                    failed.size() + " of the watch's listeners failed on " + event.getClass().getSimpleName());
            for (WatchListener listener : listeners) {
                if (!failed.contains(listener)) {
                    try {
                        listener.onEvent(problem);
                    } catch (RuntimeException ignored) {
                        // it failed on this one too: nothing more to tell it
                    }
                }
            }
        }
    }
}
