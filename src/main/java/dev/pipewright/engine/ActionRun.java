package dev.pipewright.engine;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.TestSummary;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.VariableReference;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One action running in one execution, on a thread of its own; the provider sees it as its context. */
final class ActionRun implements ActionContext {

    private static final long APPROVAL_POLL_MILLIS = 250;

    private final RunContext execution;
    private final String stage;
    private final Action declared;
    private final ExecutionFolder folder;
    private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    private Thread runner; // guarded by this: the pool thread running it, while it runs
    private final List<Runnable> cancelHooks = new ArrayList<>();
    private Action resolved;
    private ActionLog log;
    private Map<String, String> environment = Map.of();
    private volatile boolean cancelled;
    private volatile ActionStatus cancelStatus;
    private volatile String cancelReason;
    private static final java.time.format.DateTimeFormatter DECISION_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(java.time.ZoneId.systemDefault());
    private ApprovalDecision decision; // guarded by this
    private ActionRecord result;

    ActionRun(RunContext execution, String stage, Action action) {
        this.execution = execution;
        this.stage = stage;
        this.declared = action;
        this.resolved = action;
        this.folder = execution.folder();
    }

    void start() {
        execution.actionStarted(this);
        execution.services().actionThreads().execute(this::runOnPoolThread);
    }

    void join() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the conductor always waits for its actions to end
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runOnPoolThread() {
        Thread current = Thread.currentThread();
        String poolName = current.getName();
        current.setName("pipewright-" + execution.id() + "-" + stage + "-" + declared.name());
        synchronized (this) {
            runner = current;
        }
        try {
            run();
        } finally {
            synchronized (this) {
                runner = null;
                Thread.interrupted(); // a late cancel must not reach the pool's next task
            }
            current.setName(poolName);
            done.countDown();
        }
    }

    ActionRecord result() {
        return result;
    }

    private void run() {
        boolean holdsSlot = false;
        ScheduledFuture<?> timer = null;
        ActionStatus status;
        String summary = null;
        try {
            Optional<Simulation> simulation = execution.simulation();
            if (simulation.isPresent()) {
                simulation.get().awaitStep(stage, declared.name(), execution::isStopRequested);
            }
            if (needsWorkSlot()) {
                // wait for a slot before saying "running": queued work is still pending
                execution.services().workSlots().acquire();
                holdsSlot = true;
            }
            Instant start = Instant.now();
            execution.actionChanged(stage, declared.name(), a -> a.started(start));
            int attempt = execution.record().action(stage, declared.name()).map(ActionRecord::attempt).orElse(1);
            log = new ActionLog(folder.logFile(stage, declared.name()), attempt > 1, execution.masker(),
                    execution.wantsLogs() ? this::publishChunk : null);
            if (attempt > 1) {
                log.line("──── attempt " + attempt + " ────");
            }
            Provider provider = execution.services().providers().provider(declared)
                    .orElseThrow(() -> new ActionFailedException("no provider " + declared.category() + " "
                            + declared.provider() + " in this version of Pipewright"));
            if (!provider.spec().runsLocally() && simulation.isEmpty()) {
                status = notLocal();
                summary = status == ActionStatus.SKIPPED ? (declared.ownedElsewhere()
                        ? "runs only where its owner runs it: skipped" : "runs only on AWS: skipped") : null;
            } else {
                Duration timeout = timeoutValue();
                timer = execution.services().timers().schedule(() -> cancel(ActionStatus.FAILED,
                        "timed out after " + Durations.words(timeout)), timeout.toMillis(), TimeUnit.MILLISECONDS);
                prepare();
                if (cancelled) {
                    throw new InterruptedException();
                }
                if (simulation.isPresent() && declared.category() != ActionCategory.APPROVAL) {
                    // approvals still wait for a person; everything else only pretends
                    SimulatedAction.run(this, simulation.get(), provider.spec(), execution.pipeline(), attempt);
                } else {
                    provider.execute(this);
                }
                if (cancelled) {
                    status = cancelStatus;
                    summary = cancelReason;
                } else {
                    status = ActionStatus.SUCCEEDED;
                }
            }
        } catch (ActionFailedException e) {
            status = cancelled ? cancelStatus : ActionStatus.FAILED;
            summary = cancelled ? cancelReason : e.getMessage();
        } catch (InterruptedException e) {
            status = cancelled ? cancelStatus : ActionStatus.ABANDONED;
            summary = cancelled ? cancelReason : "abandoned";
        } catch (IOException e) {
            status = ActionStatus.FAILED;
            summary = "could not prepare the action's files: " + e.getMessage();
        } catch (RuntimeException e) {
            status = ActionStatus.FAILED;
            summary = "the " + declared.provider() + " provider failed unexpectedly: " + e;
            if (log != null) {
                var trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                log.line(trace.toString());
            }
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
            if (holdsSlot) {
                execution.services().workSlots().release();
            }
        }
        if (log != null) {
            if (status != ActionStatus.SUCCEEDED && summary != null) {
                log.line("[pipewright] " + status.displayName() + ": " + summary);
            }
            try {
                log.close();
            } catch (IOException e) {
                summary = (summary == null ? "" : summary + "; ") + "the log could not be saved: " + e.getMessage();
            }
        }
        String maskedSummary = execution.masker().mask(summary);
        ActionStatus finalStatus = status;
        Instant end = Instant.now();
        execution.actionChanged(stage, declared.name(), a -> a.ended(finalStatus, maskedSummary, end));
        result = execution.record().action(stage, declared.name()).orElseThrow();
        execution.actionEnded(this);
    }

    /**
     * An action whose provider runs only on its CI service: skipped, or simulated as succeeded with
     * empty output artifacts and no output variables, as the run was asked to; the log says which.
     */
    private ActionStatus notLocal() {
        String where = declared.owner().filter(o -> declared.ownedElsewhere()).map(o -> "where its " + o + " owner runs it")
                .orElse("on AWS");
        if (execution.nonLocalActions() == NonLocalActions.SKIP) {
            log.line("[pipewright] " + declared.provider() + " runs only " + where + ", not on this machine: skipped. "
                    + "Later actions that need its artifacts or variables will fail; choose to simulate such actions "
                    + "when starting the run (the window asks; pipewright run --non-local simulate) to pretend it succeeded.");
            return ActionStatus.SKIPPED;
        }
        log.line("[pipewright] " + declared.provider() + " runs only " + where + ", not on this machine: simulated. "
                + "Nothing was done; its output artifacts are empty and it has no output variables.");
        for (var artifact : declared.outputArtifacts()) {
            outputArtifactDir(artifact.name());
        }
        return ActionStatus.SUCCEEDED;
    }

    /** Approval gates and child pipelines only wait: they must not take a slot from real work. */
    private boolean needsWorkSlot() {
        return declared.category() != ActionCategory.APPROVAL
                && !BuiltInProviders.PipelineRun.is(declared);
    }

    /** Resolves references, checks inputs, and lays out the working folder. */
    private void prepare() throws ActionFailedException, IOException {
        var configuration = new TreeMap<String, ConfigValue>();
        for (var entry : declared.configuration().entrySet()) {
            ConfigValue value = VariableReference.substitute(entry.getValue(), execution::lookup);
            List<VariableReference> left = VariableReference.findAll(value);
            if (!left.isEmpty()) {
                throw new ActionFailedException("setting '" + entry.getKey() + "' refers to " + left.get(0)
                        + ", which has no value in this execution (did the action with that namespace run, and "
                        + "did it output that variable?)");
            }
            configuration.put(entry.getKey(), value);
        }
        resolved = declared.withConfiguration(configuration);

        for (String input : declared.inputArtifacts()) {
            if (!Files.isDirectory(folder.artifactDir(input))) {
                throw new ActionFailedException("input artifact '" + input + "' was not produced in this execution");
            }
        }
        Path work = freshFolder(workDir());
        if (!declared.inputArtifacts().isEmpty()) {
            FolderCopy.copy(folder.artifactDir(declared.inputArtifacts().get(0)), work);
        }
        var env = new LinkedHashMap<String, String>();
        env.put(Leftovers.EXECUTION_ID_VARIABLE, execution.id());
        env.put("PIPEWRIGHT_PIPELINE", execution.pipeline().name());
        env.put("PIPEWRIGHT_STAGE", stage);
        env.put("PIPEWRIGHT_ACTION", declared.name());
        execution.variables().forEach((k, v) -> env.put("PIPEWRIGHT_VAR_" + k.replaceAll("[^A-Za-z0-9_]", "_"), v));
        environment = Map.copyOf(env);
    }

    private void publishChunk(String text) {
        execution.publish(new ExecutionEvent.LogChunk(execution.id(), Instant.now(), stage,
                declared.name(), text));
    }

    /** Ends the action now: runs the cancel hooks (killing process trees) and interrupts its thread. */
    void cancel(ActionStatus status, String reason) {
        List<Runnable> hooks;
        synchronized (this) {
            if (cancelled || done.getCount() == 0) {
                return;
            }
            cancelled = true;
            cancelStatus = status;
            cancelReason = reason;
            hooks = List.copyOf(cancelHooks);
            notifyAll();
        }
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                log("[pipewright] ending the action did not go cleanly: " + e.getMessage());
            }
        }
        synchronized (this) {
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    synchronized void decide(boolean approve, String by, String comment) {
        if (decision != null || !waitingForApproval) {
            throw new IllegalStateException("action '" + stage + "/" + declared.name()
                    + "' is not waiting for approval");
        }
        decision = new ApprovalDecision(approve, by, Instant.now(), comment == null ? "" : comment);
        notifyAll();
    }

    private boolean waitingForApproval; // guarded by this

    // --- ActionContext ---

    @Override
    public Action action() {
        return resolved;
    }

    @Override
    public String stageName() {
        return stage;
    }

    @Override
    public String executionId() {
        return execution.id();
    }

    @Override
    public Path pipelineDir() {
        return execution.baseDir();
    }

    @Override
    public Path workDir() {
        return folder.workDir(stage, declared.name());
    }

    @Override
    public Map<String, Path> inputArtifacts() {
        var inputs = new LinkedHashMap<String, Path>();
        for (String name : declared.inputArtifacts()) {
            inputs.put(name, folder.artifactDir(name));
        }
        return inputs;
    }

    @Override
    public Path outputArtifactDir(String name) {
        if (declared.outputArtifacts().stream().noneMatch(o -> o.name().equals(name))) {
            throw new IllegalArgumentException("action '" + declared.name() + "' declares no output artifact '"
                    + name + "'");
        }
        Path dir = folder.artifactDir(name);
        try {
            freshFolder(dir); // a retry replaces what an earlier attempt produced
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    @Override
    public OutputStream logOutput() {
        return log;
    }

    @Override
    public void log(String line) {
        if (log != null) {
            log.line(line);
        }
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void setOutputVariable(String key, String value) {
        String masked = execution.masker().mask(value);
        declared.namespace().ifPresent(ns -> execution.publishOutput(ns, key, value));
        execution.update(r -> r.withStage(stage, s -> s.withAction(declared.name(),
                a -> a.withOutputVariable(key, masked))));
        execution.publish(new ExecutionEvent.VariableSet(execution.id(), Instant.now(), stage,
                declared.name(), declared.namespace().orElse(""), key, masked));
    }

    @Override
    public void recordTests(TestSummary summary) {
        execution.update(r -> r.withStage(stage, s -> s.withAction(declared.name(),
                a -> a.withTests(new ActionRecord.Tests(summary.passed(), summary.failed(), summary.skipped())))));
        execution.publish(new ExecutionEvent.TestsCounted(execution.id(), Instant.now(), stage,
                declared.name(), summary.passed(), summary.failed(), summary.skipped()));
    }

    @Override
    public Duration timeout() {
        return timeoutValue();
    }

    private Duration timeoutValue() {
        Optional<BigDecimal> minutes = declared.timeoutInMinutes();
        return minutes.isEmpty() ? defaultTimeout(declared.category())
                : Duration.ofMillis(Math.max(1, minutes.get().multiply(BigDecimal.valueOf(60_000)).longValue()));
    }

    static Duration defaultTimeout(ActionCategory category) {
        // as CodePipeline: seven days for a person to decide, an hour for anything else
        return category == ActionCategory.APPROVAL ? Duration.ofDays(7) : Duration.ofHours(1);
    }

    @Override
    public void onCancel(Runnable hook) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                cancelHooks.add(hook);
            }
        }
        if (runNow) {
            hook.run();
        }
    }

    @Override
    public void processStarted(long groupId, Optional<Instant> startTime) {
        // without a start time nothing could be proven ours later: then nothing is recorded
        startTime.ifPresent(t -> execution.update(r -> r.withStage(stage, s -> s.withAction(declared.name(),
                a -> a.withProcess(new ActionRecord.ProcessGroup(groupId, t))))));
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public ApprovalDecision awaitApproval(String message, Optional<String> link)
            throws ActionFailedException, InterruptedException {
        String maskedMessage = execution.masker().mask(message);
        Instant asked = Instant.now();
        synchronized (this) {
            waitingForApproval = true;
        }
        execution.actionChanged(stage, declared.name(), a -> a.withStatus(ActionStatus.WAITING, null)
                .withApproval(ActionRecord.Approval.requested(maskedMessage, link.orElse(null), asked)));
        execution.publish(new ExecutionEvent.ApprovalRequested(execution.id(), asked, stage,
                declared.name(), maskedMessage, link.orElse(null)));
        ApprovalDecision taken;
        try {
            taken = waitForDecision();
        } finally {
            synchronized (this) {
                waitingForApproval = false;
            }
        }
        execution.actionChanged(stage, declared.name(), a -> a.withStatus(ActionStatus.IN_PROGRESS, null)
                .withApproval(a.approval().decided(taken.approved(), taken.by(), taken.at(),
                        execution.masker().mask(taken.comment()))));
        execution.publish(new ExecutionEvent.ApprovalDecided(execution.id(), taken.at(), stage,
                declared.name(), taken.approved(), taken.by(), execution.masker().mask(taken.comment())));
        // the one line saying the decision (the provider does not repeat it), at a time a person reads
        log((taken.approved() ? "Approved" : "Rejected") + " by " + taken.by() + " at " + DECISION_TIME.format(taken.at())
                + (taken.comment().isBlank() ? "" : ": " + execution.masker().mask(taken.comment())));
        if (!taken.approved()) {
            throw new ActionFailedException("rejected by " + taken.by()
                    + (taken.comment().isBlank() ? "" : ": " + taken.comment()));
        }
        return taken;
    }

    /** Waits for a decision taken in this process, or dropped as a file by another one. */
    private ApprovalDecision waitForDecision() throws InterruptedException {
        Path dropped = folder.approvalFile(stage, declared.name());
        while (true) {
            synchronized (this) {
                if (decision != null) {
                    return decision;
                }
                if (cancelled) {
                    throw new InterruptedException();
                }
                wait(APPROVAL_POLL_MILLIS);
                if (decision != null) {
                    return decision;
                }
            }
            Optional<ApprovalDecision> fromFile = ApprovalFiles.take(dropped);
            if (fromFile.isPresent()) {
                synchronized (this) {
                    decision = fromFile.get();
                    return decision;
                }
            }
        }
    }

    @Override
    public Optional<dev.pipewright.actions.SourceRevision> sourceRevision() {
        return execution.sourceRevision(stage, declared.name());
    }

    @Override
    public ChildRun runPipeline(Path pipelineFile, Map<String, String> variables)
            throws ActionFailedException, InterruptedException {
        return ChildPipelines.run(execution, this, pipelineFile, variables);
    }

    @Override
    public String toString() {
        return "action " + stage + "/" + declared.name() + " of " + execution.id();
    }

    /**
     * An empty folder at {@code dir}: made in one call in the usual case of a first attempt; what an
     * earlier attempt left is deleted first.
     */
    private static Path freshFolder(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException earlierAttempt) {
            FolderCleaner.deleteTree(dir);
            Files.createDirectory(dir);
        } catch (java.nio.file.NoSuchFileException noParent) {
            Files.createDirectories(dir);
        }
        return dir;
    }
}
