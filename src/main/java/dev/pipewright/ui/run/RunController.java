package dev.pipewright.ui.run;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStore;
import dev.pipewright.engine.NonLocalActions;
import dev.pipewright.engine.RetryMode;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.StageStatus;
import dev.pipewright.engine.StartRefusedException;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.ChangesSince;
import dev.pipewright.model.Pipeline;
import dev.pipewright.ui.logs.LogView;
import dev.pipewright.ui.state.WindowState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the open pipeline with the engine and shows it on the canvas: statuses on the cards, the
 * selected action's log, approval gates, stop and retry, and the history of executions.
 */
public final class RunController {

    private final RunHost host;
    private final Path runsDir;
    private final Providers providers;
    private final LogView logView;
    private final HistoryPanel history;
    /** Reads execution records for the History tab, one look at a time. */
    private static final java.util.concurrent.ExecutorService HISTORY_READER =
            java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "pipewright-history");
                thread.setDaemon(true);
                return thread;
            });
    private long historyAsked;
    private final RunVariablesPanel variables;
    private Optional<Pipeline> shownPipeline = Optional.empty(); // as the shown execution ran it
    private Engine engine;
    private String shownId; // the execution shown on the canvas, live or from the history
    private Execution shownExecution; // when it was started or retried in this window: its record in memory
    private ExecutionFolder shownFolder;
    private ExecutionRecord shownRecord;
    private boolean asking;
    private FirstRunCheck firstRunCheck = (owner, file, pipeline) -> true;
    /** The card the person picked: its log is shown; none means the log follows the run. */
    private Optional<ActionRef> pickedAction = Optional.empty();
    private final WindowState state;
    /** What the person chose for AWS-only actions last time: offered again (simulating, at first). */
    private NonLocalActions lastNonLocal = NonLocalActions.SIMULATE;
    private final SimulationControl simulation;
    private final WhyReasons why;

    /**
     * Runs with {@code providers} (the window's: a test gives one with a temporary Git clone cache),
     * showing what it runs through {@code state}: the execution on screen, its log, the history.
     */
    public RunController(RunHost host, Path runsDir, Providers providers, WindowState state) {
        this.host = host;
        this.state = state;
        this.runsDir = runsDir;
        this.providers = providers;
        this.logView = new LogView(file -> host.openInBrowser(file.toUri().toString()));
        this.history = new HistoryPanel(state, this::showFromHistory);
        this.variables = new RunVariablesPanel(state);
        this.simulation = new SimulationControl(state);
        this.why = new WhyReasons(state);
        // the pauses of step-through change no record: the reasons are asked again when they change
        state.pausedProperty().addListener((o, was, now) -> askWhy());
        // the Log tab shows the state's log source; an unchanged source (an event batch) is not reopened
        state.logSourceProperty().addListener((o, was, now) -> now.ifPresentOrElse(
                source -> logView.show(source.file(), source.title()), logView::clear));
        // another pipeline (or none): back to its design, with its history
        state.documentProperty().addListener((o, was, now) -> {
            clear();
            refreshHistory();
        });
        state.shownTabProperty().addListener((o, was, now) -> {
            if (WindowState.HISTORY_TAB.equals(now)) {
                refreshHistory();
            }
        });
    }

    public LogView logView() {
        return logView;
    }

    public HistoryPanel historyPanel() {
        return history;
    }

    public RunVariablesPanel variablesPanel() {
        return variables;
    }

    /** The window's one engine: manual runs and the watch's both start here, so the execution mode orders them all. */
    Engine engine() {
        if (engine == null) {
            engine = new Engine(new Engine.Options(runsDir, providers, Runtime.getRuntime().availableProcessors()));
            engine.addListener(new RunEvents(this::onEvents));
        }
        return engine;
    }

    // --- what the commands do ---

    /** Whether the shown execution is still going (by its record: the engine lets go of it a moment later). */
    public boolean isRunning() {
        return shownExecution != null && !shownExecution.record().status().isFinal();
    }

    public Optional<ExecutionRecord> shown() {
        return Optional.ofNullable(shownRecord);
    }

    /** The simulation's settings and controls (marks, speed, step-through, Continue). */
    public SimulationControl simulation() {
        return simulation;
    }

    /**
     * Runs the open pipeline as a simulation: nothing is executed, so the question before a
     * file's first run is not asked; each action takes a simulated time and succeeds unless marked.
     */
    public void simulate() {
        var doc = state.document();
        if (doc.isPresent() && noErrors()) {
            start(doc.get().current(), Map.of(), "Simulating ", Optional.of(simulation.settings()));
        }
    }

    /**
     * Simulates {@code count} changes arriving one after another, to show what the execution mode
     * does with them: the newest is shown, the History lists them all.
     */
    public void simulateCommits(int count) {
        var doc = state.document();
        if (doc.isPresent() && noErrors()) {
            simulation.startCommits(engine(), new RunRequest(doc.get().current(), doc.get().file(), Map.of(),
                    StartedBy.manual(System.getProperty("user.name", "someone"))), count, this::show);
        }
    }

    private boolean noErrors() {
        if (state.problemsProperty().get().stream().anyMatch(p -> p.isError())) {
            status("Not running: fix the errors in the Problems panel first.");
            state.shownTabProperty().set(WindowState.PROBLEMS_TAB);
            return false;
        }
        return true;
    }

    public void run() {
        var doc = state.document();
        if (doc.isEmpty()) {
            return;
        }
        if (state.problemsProperty().get().stream().anyMatch(p -> p.isError())) {
            status("Not running: fix the errors in the Problems panel first.");
            state.shownTabProperty().set(WindowState.PROBLEMS_TAB);
            return;
        }
        if (!firstRunCheck.allows(host.owner(), doc.get().file(), doc.get().current())) {
            status("Not running: cancelled before the first run of this file.");
            return;
        }
        start(doc.get().current(), Map.of(), "Running ", Optional.empty());
    }

    /** Asked before Run starts a file: false stops the run (the window's trust prompt). */
    public interface FirstRunCheck {
        boolean allows(javafx.stage.Window owner, Optional<java.nio.file.Path> file, Pipeline pipeline);
    }

    /** Sets what Run asks before it starts a file's pipeline; by default nothing. */
    public void askBeforeFirstRun(FirstRunCheck check) {
        this.firstRunCheck = check;
    }

    /**
     * Runs the shown execution's pipeline again as it ran then (its snapshot, not the design as
     * edited since), offering the values it ran with.
     */
    public void rerun() {
        if (shownRecord == null || shownPipeline.isEmpty() || isRunning()) {
            status("Nothing to re-run: open an execution from the History first.");
            return;
        }
        // a simulated one is simulated again, with the window's marks and speed
        start(shownPipeline.get(), shownRecord.variables(), "Re-running execution " + shownRecord.executionId() + " as ",
                Optional.ofNullable(shownRecord.simulation()).map(s -> simulation.settings()));
    }

    private void start(Pipeline snapshot, Map<String, String> previous, String what,
                       Optional<dev.pipewright.engine.SimulationSettings> simulated) {
        List<String> awsOnly = snapshot.stages().stream().flatMap(s -> s.actions().stream()
                .filter(a -> !providers.runsLocally(a)).map(a -> s.name() + " / " + a.name())).toList();
        Optional<RunChoices> choices = VariablesDialog.ask(host.owner(), snapshot, previous, awsOnly, lastNonLocal);
        if (choices.isEmpty()) {
            return;
        }
        if (!awsOnly.isEmpty()) {
            lastNonLocal = choices.get().nonLocalActions();
        }
        try {
            // relative paths in settings resolve against the open file's folder, as for Run
            var request = new RunRequest(snapshot, state.document().flatMap(d -> d.file()), choices.get().variables(),
                    StartedBy.manual(System.getProperty("user.name", "someone")))
                    .withNonLocalActions(choices.get().nonLocalActions());
            Execution execution = engine().start(simulated.map(request::simulated).orElse(request));
            show(execution);
            status(what + snapshot.name() + " (execution " + execution.id() + ")");
        } catch (StartRefusedException e) {
            status("Not running: " + String.join("; ", e.reasons()));
        }
    }

    /**
     * The watch started an execution: show it live, as if Run had been pressed, unless the person
     * is following another run in progress; then keep theirs and say so (the History lists it).
     */
    void showStarted(String executionId, StartedBy.GitChange change) {
        String why = "commit " + change.commit().shortId() + " \"" + change.commit().message() + "\"";
        if (isRunning() && !executionId.equals(shownId)) {
            status("A new execution " + executionId + " started for " + why + "; still showing "
                    + shownId + " (the History lists it).");
            refreshHistory();
            return;
        }
        Optional<Execution> live = engine().live(executionId);
        if (live.isPresent()) {
            show(live.get());
        } else {
            // it ended before this window heard of it (a quick pipeline): show it as it ended
            var store = new ExecutionStore(runsDir);
            try {
                ExecutionFolder folder = store.find(executionId);
                store.recover(folder).ifPresent(record -> show(folder, record, snapshotOf(folder)));
            } catch (IllegalArgumentException e) {
                status(e.getMessage());
                return;
            }
        }
        status("Execution " + executionId + " started for " + why + " on " + change.refType() + " "
                + change.ref() + ".");
        // the log follows the new execution (for the card already selected, if one is)
        showLog();
    }

    public boolean canRerun() {
        return shownRecord != null && shownPipeline.isPresent() && !isRunning();
    }

    public void stop(boolean abandon) {
        live().ifPresent(e -> {
            e.stop(abandon);
            status(abandon ? "Stopping: ending the running actions now…"
                    : "Stopping: running actions finish, nothing new starts…");
        });
    }

    /** Retries the failed (or stopped) stage of the shown execution. */
    public void retry(RetryMode mode) {
        if (shownRecord == null) {
            return;
        }
        var stage = shownRecord.stages().stream()
                .filter(s -> s.status() == StageStatus.FAILED || s.status() == StageStatus.STOPPED).findFirst();
        if (stage.isEmpty()) {
            status("Nothing to retry: no stage of this execution failed or stopped.");
            return;
        }
        if (!retryAsItRan(stage.get().name())) {
            return;
        }
        try {
            Optional<Execution> running = engine().live(shownRecord.executionId());
            Execution execution;
            if (running.isPresent()) {
                running.get().retry(stage.get().name(), mode);
                execution = running.get();
            } else {
                execution = engine().resume(shownRecord.executionId(), stage.get().name(), mode, Map.of(), lastNonLocal);
            }
            show(execution);
            status("Retrying stage " + stage.get().name());
        } catch (IllegalStateException e) {
            status("Cannot retry: " + e.getMessage());
        } catch (StartRefusedException e) {
            status("Cannot retry: " + String.join("; ", e.reasons()));
        }
    }

    /**
     * Whether to go on with a retry of {@code stage}: yes when the design is what the execution ran;
     * after an edit, the person chooses (their changes run as a new execution instead).
     */
    private boolean retryAsItRan(String stage) {
        var now = state.document().map(d -> d.current());
        if (shownPipeline.isEmpty() || now.isEmpty()) {
            return true;
        }
        var changes = ChangesSince.of(shownPipeline.get(), now.get(), stage);
        if (changes.isEmpty()) {
            return true;
        }
        switch (RetryChoice.ask(host.owner(), shownRecord.executionId(), stage, changes)) {
            case RUN_CHANGES -> run();
            case CANCEL -> status("Not retried: the pipeline changed since execution "
                    + shownRecord.executionId() + " started.");
            case RETRY_AS_RAN -> {
                return true;
            }
        }
        return false;
    }

    /** Back to designing: no run state on the canvas. */
    public void clear() {
        shownExecution = null;
        shownId = null;
        shownFolder = null;
        shownRecord = null;
        shownPipeline = Optional.empty();
        showLog();
        publish();
    }

    public void toggleTransition(String stage) {
        state.document().ifPresent(doc -> {
            String pipeline = doc.current().name();
            try {
                if (engine().transitions(pipeline).isEnabled(stage)) {
                    engine().disableTransition(pipeline, stage, "disabled in the window",
                            System.getProperty("user.name", "someone"));
                    status("Runs now wait before stage " + stage + "; click the arrow again to let them in.");
                } else {
                    engine().enableTransition(pipeline, stage);
                    status("Runs may enter stage " + stage + " again.");
                }
            } catch (IOException e) {
                status("Cannot change the transition: " + e.getMessage());
            }
            showTransitions();
        });
    }

    /** A card was selected: show its log, and if it is a waiting gate, ask for the decision. */
    public void actionSelected(ActionRef ref) {
        actionSelected(ref, true);
    }

    /**
     * A card was selected: show its log; ask for a waiting gate's decision only if {@code ask} (a
     * right-click selects the card too, and then its menu offers Approve and Reject instead).
     */
    public void actionSelected(ActionRef ref, boolean ask) {
        pickedAction = Optional.of(ref);
        showLog();
        if (shownRecord == null || shownFolder == null) {
            return;
        }
        shownRecord.action(ref.stage(), ref.action()).ifPresent(action -> {
            if (ask && action.status() == ActionStatus.WAITING && action.approval() != null && !asking) {
                // after the click that selected it has finished (a drag may be starting)
                asking = true;
                javafx.application.Platform.runLater(() -> decide(ref, action.approval()));
            }
        });
    }

    /** No single card is selected: the log follows the running (or failing) action of the execution on screen. */
    public void followRun() {
        pickedAction = Optional.empty();
        showLog();
    }

    /**
     * Shows the log of the execution on screen: the picked card's, else the action the run is at
     * (running or waiting, the latest started), else the one that failed, else the last that ran.
     * Nothing when no execution is on screen, so a log never outlives its execution.
     */
    private void showLog() {
        Optional<ActionRef> source = shownRecord == null || shownFolder == null ? Optional.empty()
                : pickedAction.filter(a -> shownRecord.action(a.stage(), a.action()).isPresent())
                        .or(() -> LogSource.followed(shownRecord));
        state.logSourceProperty().set(source.map(a -> new dev.pipewright.ui.state.LogSource(
                shownFolder.logFile(a.stage(), a.action()), a + " · execution " + shownId)));
    }

    /** Approves or rejects a waiting gate at once, without the dialog (its card's context menu). */
    public void decide(ActionRef ref, boolean approve) {
        Optional<Execution> running = live();
        if (running.isEmpty()) {
            status("The run has ended meanwhile; nothing to decide.");
            return;
        }
        try {
            running.get().decide(ref.stage(), ref.action(), approve, System.getProperty("user.name", "someone"), "");
            status((approve ? "Approved " : "Rejected ") + ref);
        } catch (IllegalStateException already) {
            status(already.getMessage());
        }
    }

    private void decide(ActionRef ref, dev.pipewright.engine.ActionRecord.Approval approval) {
        ApprovalDialog.ask(host.owner(), ref.toString(), approval, host::openInBrowser, decision -> {
            asking = false;
            if (decision.isEmpty()) {
                status("No decision taken: " + ref + " still waits.");
                return;
            }
            Optional<Execution> running = live();
            if (running.isEmpty()) {
                status("The run has ended meanwhile; nothing to decide.");
                return;
            }
            try {
                running.get().decide(ref.stage(), ref.action(), decision.get().approve(),
                        System.getProperty("user.name", "someone"), decision.get().comment());
                status((decision.get().approve() ? "Approved " : "Rejected ") + ref);
            } catch (IllegalStateException already) {
                status(already.getMessage());
            }
        });
    }

    /** Keeps the history list current (after runs, and when the tab is shown). */
    public void refreshHistory() {
        long asked = ++historyAsked;
        state.document().ifPresentOrElse(doc -> {
            String pipeline = doc.current().name();
            // every execution's record is read from disk: off this thread, so a long history never stalls a frame
            HISTORY_READER.execute(() -> {
                var records = new ExecutionStore(runsDir).history(Optional.of(pipeline));
                javafx.application.Platform.runLater(() -> {
                    if (asked == historyAsked) { // a later look supersedes this one
                        state.historyProperty().set(List.copyOf(records));
                    }
                });
            });
        }, () -> state.historyProperty().set(List.of()));
        showTransitions();
    }

    public void shutdown() {
        if (engine != null) {
            engine.close();
        }
    }

    // --- events ---

    private void onEvents(List<ExecutionEvent> batch) {
        boolean ended = false;
        for (ExecutionEvent e : batch) {
            if (e instanceof ExecutionEvent.ApprovalRequested request && request.executionId().equals(shownId)) {
                ActionRef gate = new ActionRef(request.stage(), request.action());
                status("Approval needed: " + gate + " — click the gate to decide.");
                host.notifyApprovalNeeded(gate, request.message(), () -> actionSelected(gate));
            }
            ended |= e instanceof ExecutionEvent.ExecutionFinished;
        }
        if (shownExecution != null) {
            shownRecord = shownExecution.record(); // current even after it ended, unlike the file
        }
        if (ended && shownRecord != null && shownRecord.status().isFinal()) {
            status("Execution " + shownId + " ended " + shownRecord.status().displayName()
                    + (shownRecord.summary() == null ? "" : ": " + shownRecord.summary()));
            refreshHistory();
        }
        if (shownRecord != null) {
            // a gate decided elsewhere (another shell, the card's menu) takes its notice with it
            host.gatesWaiting(shownRecord.stages().stream().flatMap(st -> st.actions().stream()
                    .filter(a -> a.status() == ActionStatus.WAITING).map(a -> new ActionRef(st.name(), a.name())))
                    .collect(java.util.stream.Collectors.toSet()));
        }
        showLog(); // with nothing picked, the log moves on with the run
        logView.refresh();
        publish();
    }

    /** Puts the execution on screen, and whether it runs or can run again, into the window's state. */
    private void publish() {
        state.executedPipelineProperty().set(shownRecord == null ? Optional.empty() : shownPipeline);
        state.executionProperty().set(Optional.ofNullable(shownRecord));
        state.runningProperty().set(isRunning());
        state.rerunnableProperty().set(canRerun());
        simulation.show(Optional.ofNullable(shownExecution));
        askWhy();
    }

    /** Why each card of the execution on screen waits or did not run, worked out again. */
    private void askWhy() {
        if (shownExecution != null) {
            why.live(engine(), shownExecution);
        } else if (shownRecord != null) {
            why.ended(engine(), shownRecord, shownPipeline);
        } else {
            why.clear();
        }
    }

    private void status(String text) {
        state.statusProperty().set(text);
    }

    private Optional<Execution> live() {
        return shownId == null || engine == null ? Optional.empty() : engine.live(shownId);
    }

    private void show(Execution execution) {
        show(execution.folder(), execution.record(), Optional.of(execution.pipeline()));
        shownExecution = execution;
        publish();
        // the card selected before Run: its log (and its gate), without a second click
        pickedAction.ifPresent(this::actionSelected);
    }

    private void show(ExecutionFolder folder, ExecutionRecord record, Optional<Pipeline> pipeline) {
        shownExecution = null;
        shownId = record.executionId();
        shownFolder = folder;
        shownRecord = record;
        shownPipeline = pipeline;
        showLog();
        publish();
        refreshHistory();
    }

    private Optional<Pipeline> snapshotOf(ExecutionFolder folder) {
        try {
            return Optional.of(PipelineFiles.read(folder.snapshotFile()));
        } catch (PipelineFileException e) {
            status("This execution's copy of the pipeline cannot be read (" + e.getMessage()
                    + "); it can be shown but not re-run.");
            return Optional.empty();
        }
    }

    private void showFromHistory(ExecutionRecord record) {
        var store = new ExecutionStore(runsDir);
        try {
            ExecutionFolder folder = store.find(record.executionId());
            show(folder, store.recover(folder).orElse(record), snapshotOf(folder));
            status("Showing execution " + record.executionId() + " (" + record.status().displayName()
                    + "); click a card for its log.");
        } catch (IllegalArgumentException e) {
            status(e.getMessage());
        }
    }

    private void showTransitions() {
        state.disabledTransitionsProperty().set(state.document().map(doc -> java.util.Set.copyOf(
                engine().transitions(doc.current().name()).disabled().keySet())).orElse(java.util.Set.of()));
    }
}
