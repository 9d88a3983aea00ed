package dev.pipewright.ui.state;

import dev.pipewright.edit.Document;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.canvas.CanvasItem;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the window shows, as properties and no nodes (a view model): the open document and its
 * pipeline, whether it can be undone, redone or has unsaved changes, the selection, the problems,
 * the execution on screen and whether it runs, and the status line. The window's parts and its
 * commands bind to these; none of them needs the window itself.
 */
public final class WindowState {

    /** The tabs of the window's bottom panel, by id. */
    public static final String PROBLEMS_TAB = "problems-tab";
    public static final String LOG_TAB = "log-tab";
    public static final String HISTORY_TAB = "history-tab";
    public static final String VARIABLES_TAB = "variables-tab";
    public static final String WATCH_TAB = "watch-tab";

    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final ReadOnlyObjectWrapper<Pipeline> pipeline = new ReadOnlyObjectWrapper<>(this, "pipeline");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<Optional<java.nio.file.Path>> file =
            new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
    private final ObjectProperty<List<CanvasItem>> selection = new SimpleObjectProperty<>(this, "selection", List.of());
    private final ObjectProperty<List<Problem>> problems = new SimpleObjectProperty<>(this, "problems", List.of());
    private final javafx.beans.property.ReadOnlyIntegerWrapper validations =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "validations");
    private final ObjectProperty<Optional<ExecutionRecord>> execution =
            new SimpleObjectProperty<>(this, "execution", Optional.empty());
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObjectProperty<Optional<LogSource>> logSource =
            new SimpleObjectProperty<>(this, "logSource", Optional.empty());
    private final BooleanProperty rerunnable = new SimpleBooleanProperty(this, "rerunnable");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<Optional<Pipeline>> executedPipeline =
            new SimpleObjectProperty<>(this, "executedPipeline", Optional.empty());
    private final ObjectProperty<List<ExecutionRecord>> history = new SimpleObjectProperty<>(this, "history", List.of());
    private final ObjectProperty<java.util.Set<String>> disabledTransitions =
            new SimpleObjectProperty<>(this, "disabledTransitions", java.util.Set.of());
    private final StringProperty shownTab = new SimpleStringProperty(this, "shownTab", PROBLEMS_TAB);
    private final BooleanBinding open = document.isNotNull();
    private final BooleanBinding somethingSelected = Bindings.createBooleanBinding(
            () -> !selection.get().isEmpty(), selection);
    private final BooleanBinding retryable = Bindings.createBooleanBinding(() -> !running.get()
            && execution.get().map(r -> r.status().isRetryable()).orElse(false), running, execution);

    // simulation and "why", for learners (issue 12)
    private final javafx.beans.property.DoubleProperty simulationSpeed =
            new javafx.beans.property.SimpleDoubleProperty(this, "simulationSpeed", 1);
    private final BooleanProperty stepThrough = new SimpleBooleanProperty(this, "stepThrough");
    private final ObjectProperty<java.util.Set<dev.pipewright.model.ActionRef>> failInSimulation =
            new SimpleObjectProperty<>(this, "failInSimulation", java.util.Set.of());
    private final ObjectProperty<List<dev.pipewright.model.ActionRef>> paused =
            new SimpleObjectProperty<>(this, "paused", List.of());
    private final ObjectProperty<java.util.Map<dev.pipewright.model.ActionRef, dev.pipewright.learn.WaitReason>> waitReasons =
            new SimpleObjectProperty<>(this, "waitReasons", java.util.Map.of());
    private final BooleanBinding simulatedOnScreen = Bindings.createBooleanBinding(
            () -> execution.get().map(ExecutionRecord::isSimulated).orElse(false), execution);

    public WindowState() {
        // the document's history speaks for the pipeline: every edit, undo, redo and save
        document.addListener((o, was, now) -> {
            if (now != null) {
                now.history().addListener(p -> {
                    if (document.get() == now) {
                        documentChanged();
                    }
                });
            }
            documentChanged();
        });
    }

    /** Reads the document again (after a save, which the history does not always announce). */
    public void documentChanged() {
        Document doc = document.get();
        pipeline.set(doc == null ? null : doc.current());
        canUndo.set(doc != null && doc.history().canUndo());
        canRedo.set(doc != null && doc.history().canRedo());
        dirty.set(doc != null && doc.isDirty());
        file.set(doc == null ? Optional.empty() : doc.file());
    }

    /** The open document; null on the welcome view. */
    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document.get());
    }

    /** The open document's current pipeline; null when none is open. */
    public ReadOnlyObjectProperty<Pipeline> pipelineProperty() {
        return pipeline.getReadOnlyProperty();
    }

    public BooleanBinding documentOpen() {
        return open;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Where the open document lives; empty for a new one not saved yet. */
    public ReadOnlyObjectProperty<Optional<java.nio.file.Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The selected stages, cards and connections, in the canvas's order. */
    public ObjectProperty<List<CanvasItem>> selectionProperty() {
        return selection;
    }

    public BooleanBinding somethingSelected() {
        return somethingSelected;
    }

    /** The open pipeline's problems, as last validated. */
    public ObjectProperty<List<Problem>> problemsProperty() {
        return problems;
    }

    /**
     * The open pipeline was validated again (after an edit, undo, redo, open or reload): its
     * problems are these, and views showing the pipeline with its problems bring themselves up to
     * date (the count changes even when the problems do not).
     */
    public void validated(List<Problem> found) {
        problems.set(List.copyOf(found));
        validations.set(validations.get() + 1);
    }

    /** How many times the open pipeline has been validated: listen to it to follow every change. */
    public javafx.beans.property.ReadOnlyIntegerProperty validationsProperty() {
        return validations.getReadOnlyProperty();
    }

    /** The execution on screen, live or from the history; empty in the design view. */
    public ObjectProperty<Optional<ExecutionRecord>> executionProperty() {
        return execution;
    }

    /** The log the Log tab shows: an action's of the execution on screen; empty when none is on screen. */
    public ObjectProperty<Optional<LogSource>> logSourceProperty() {
        return logSource;
    }

    /** Whether the execution on screen is still going. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** Whether the execution on screen can be run again as it ran. */
    public BooleanProperty rerunnableProperty() {
        return rerunnable;
    }

    /** Whether a stage of the execution on screen failed or stopped and nothing runs: Retry can go. */
    public BooleanBinding retryable() {
        return retryable;
    }

    /** How many times faster than the real durations a simulation runs (1 or 5 in the Run menu). */
    public javafx.beans.property.DoubleProperty simulationSpeedProperty() {
        return simulationSpeed;
    }

    /** Whether a simulation pauses before each action until Continue. */
    public BooleanProperty stepThroughProperty() {
        return stepThrough;
    }

    /**
     * The actions a simulation fails on purpose ("Fail in simulation" on a card): the window's, not
     * the pipeline's, so a lesson's broken step never ends up in the file.
     */
    public ObjectProperty<java.util.Set<dev.pipewright.model.ActionRef>> failInSimulationProperty() {
        return failInSimulation;
    }

    /** The actions of the simulation on screen that step-through holds before their start. */
    public ObjectProperty<List<dev.pipewright.model.ActionRef>> pausedProperty() {
        return paused;
    }

    /** Why each action of the execution on screen waits or did not run (absent: it runs or ran). */
    public ObjectProperty<java.util.Map<dev.pipewright.model.ActionRef, dev.pipewright.learn.WaitReason>> waitReasonsProperty() {
        return waitReasons;
    }

    /** Whether the execution on screen is a simulated one (nothing was executed). */
    public BooleanBinding simulatedOnScreen() {
        return simulatedOnScreen;
    }

    /** The status line: what just happened, or a summary of the pipeline. */
    public StringProperty statusProperty() {
        return status;
    }

    /**
     * The pipeline as the execution on screen ran it (its snapshot, which may differ from the
     * design as edited since); empty in the design view or when the snapshot cannot be read.
     */
    public ObjectProperty<Optional<Pipeline>> executedPipelineProperty() {
        return executedPipeline;
    }

    /** The open pipeline's executions, newest first, as last read from the runs folder. */
    public ObjectProperty<List<ExecutionRecord>> historyProperty() {
        return history;
    }

    /** The stages of the open pipeline whose transition in is disabled: runs wait before them. */
    public ObjectProperty<java.util.Set<String>> disabledTransitionsProperty() {
        return disabledTransitions;
    }

    /** The tab of the bottom panel in front ({@link #PROBLEMS_TAB}, {@link #LOG_TAB}...): set it to bring one forward. */
    public StringProperty shownTabProperty() {
        return shownTab;
    }
}
