package dev.pipewright.ui.run;

import dev.pipewright.edit.Document;
import dev.pipewright.git.CloneCache;
import dev.pipewright.model.Pipeline;
import dev.pipewright.watch.PipelineWatch;
import dev.pipewright.watch.WatchEvent;
import dev.pipewright.watch.WatchException;
import dev.pipewright.watch.WatchOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import dev.pipewright.ui.state.WindowState;

/**
 * "Watch for Changes": runs the open pipeline's triggers while it is on, on the window's engine
 * (so the execution mode orders triggered and manual runs alike), and shows what it sees in the
 * Watch tab. The watch runs the pipeline as saved: a file is what {@code pipewright watch} runs
 * too, and relative repository paths resolve against its folder.
 */
public final class WatchController {

    private final RunHost host;
    private final WindowState state;
    private final RunController runs;
    private final CloneCache gitCache;
    private final WatchLog log = new WatchLog();
    private final FrameQueue<WatchEvent> events = new FrameQueue<>(this::onEvents);
    private final ReadOnlyBooleanWrapper watching = new ReadOnlyBooleanWrapper();
    private PipelineWatch watch;
    private Path watchedFile;
    /** The document the watch was turned on for: it belongs to that pipeline. */
    private Document watchedDocument;
    private Map<String, String> values = Map.of();

    public WatchController(RunHost host, WindowState state, RunController runs, CloneCache gitCache) {
        this.host = host;
        this.state = state;
        this.runs = runs;
        this.gitCache = gitCache;
        // the watch belongs to the pipeline it was turned on for
        state.documentProperty().addListener((o, was, now) -> {
            if (watch != null && now != watchedDocument) {
                stop(now == null ? "Stopped watching: the pipeline was closed."
                        : "Stopped watching: another pipeline was opened.");
            }
        });
        // each validation (an edit, undo, redo, reload) and a save (no change of pipeline) may
        // restart the watch on the pipeline as saved
        state.validationsProperty().addListener((o, was, now) -> documentChanged());
        state.dirtyProperty().addListener((o, was, now) -> documentChanged());
        state.fileProperty().addListener((o, was, now) -> documentChanged());
    }

    public WatchLog log() {
        return log;
    }

    /** On while a watch runs; the toggle in the menu and toolbar shows this. */
    public ReadOnlyBooleanProperty watchingProperty() {
        return watching.getReadOnlyProperty();
    }

    public void toggle() {
        if (watch != null) {
            stop("Stopped watching.");
        } else {
            start();
        }
    }

    private void start() {
        Optional<Document> doc = state.document();
        if (doc.isEmpty()) {
            return;
        }
        if (doc.get().file().isEmpty() || doc.get().isDirty()) {
            // watching a design other than the saved one would run something nobody can see in the file
            status("Save the pipeline first: the watch runs the saved file.");
            return;
        }
        if (hasErrors()) {
            status("Not watching: fix the errors in the Problems panel first.");
            state.shownTabProperty().set(WindowState.PROBLEMS_TAB);
            return;
        }
        Pipeline pipeline = doc.get().current();
        Optional<Map<String, String>> given = VariablesDialog.askForWatch(host.owner(), pipeline);
        if (given.isEmpty()) {
            status("Not watching: no values were given for the pipeline's variables.");
            return;
        }
        values = given.get();
        watchedDocument = doc.get();
        begin(pipeline, doc.get().file().get());
    }

    private void begin(Pipeline pipeline, Path file) {
        try {
            watch = PipelineWatch.start(pipeline, file, runs.engine(),
                    WatchOptions.defaults().withVariables(values).withCache(gitCache), events::add);
        } catch (WatchException e) {
            var lines = new ArrayList<WatchLog.Line>();
            e.reasons().forEach(r -> lines.add(new WatchLog.Line(Instant.now(), WatchLog.Kind.PROBLEM,
                    "cannot watch: " + r)));
            log.add(lines);
            status("Cannot watch " + pipeline.name() + ": " + String.join("; ", e.reasons()));
            state.shownTabProperty().set(WindowState.WATCH_TAB);
            return;
        }
        watchedFile = file;
        watching.set(true);
        note("watching " + file.getFileName() + " for new commits…");
        status("Watching for changes: a new commit the triggers let through starts an execution.");
    }

    /**
     * Stops watching (executions already started go on). The watch is closed on a thread of its
     * own: a look at a remote may take a moment to end, and the window must not wait for it.
     */
    public void stop(String why) {
        if (watch == null) {
            return;
        }
        PipelineWatch closing = watch;
        watch = null;
        watchedFile = null;
        watching.set(false);
        status(why);
        note("stopped watching");
        Thread stopper = new Thread(closing::close, "pipewright-watch-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    /**
     * The document changed: once a changed design is saved (or reloaded from disk), watch it as
     * saved now, with the values given before, so the watch always runs what the file says.
     */
    private void documentChanged() {
        if (watch == null) {
            return;
        }
        state.document().filter(d -> d == watchedDocument && !d.isDirty() && d.file().isPresent()).ifPresent(doc -> {
            Pipeline saved = doc.current();
            Path file = doc.file().get();
            if (saved.equals(watch.pipeline()) && file.equals(watchedFile)) {
                return;
            }
            stop("The pipeline was saved: watching it as saved now.");
            if (hasErrors()) {
                status("Stopped watching: the saved pipeline has errors (see the Problems panel).");
                return;
            }
            begin(saved, file);
        });
    }

    /** The window closes: stop now, before the engine does. */
    public void shutdown() {
        if (watch != null) {
            watch.close();
            watch = null;
            watching.set(false);
        }
    }

    private boolean hasErrors() {
        return state.problemsProperty().get().stream().anyMatch(p -> p.isError());
    }

    private void status(String text) {
        state.statusProperty().set(text);
    }

    private void note(String text) {
        log.add(List.of(new WatchLog.Line(Instant.now(), WatchLog.Kind.NOTE, text)));
    }

    private void onEvents(List<WatchEvent> batch) {
        var lines = new ArrayList<WatchLog.Line>();
        for (WatchEvent e : batch) {
            lines.add(new WatchLog.Line(e.time(), kind(e), e.describe()));
            if (e instanceof WatchEvent.Started started) {
                runs.showStarted(started.executionId(), started.change());
            } else if (e instanceof WatchEvent.Problem || e instanceof WatchEvent.Ignored) {
                status("Watch: " + e.describe());
            }
        }
        log.add(lines);
    }

    private static WatchLog.Kind kind(WatchEvent e) {
        if (e instanceof WatchEvent.Watching) {
            return WatchLog.Kind.WATCHING;
        }
        if (e instanceof WatchEvent.Started) {
            return WatchLog.Kind.STARTED;
        }
        return e instanceof WatchEvent.Ignored ? WatchLog.Kind.IGNORED : WatchLog.Kind.PROBLEM;
    }
}
