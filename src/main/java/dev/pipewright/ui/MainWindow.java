package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.edit.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.PipelineCanvas;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The one window: palette (left), canvas (centre), inspector (right), problems (bottom), menus and
 * toolbar from {@link AppCommand}. It holds the open {@link Document}; every change goes through
 * the document's history and comes back here as a refresh.
 */
public final class MainWindow {

    private static final double MIN_OPENING_ZOOM = 0.7;

    private final Stage stage;
    private final UserSettings settings;
    private final Providers providers;
    private final dev.pipewright.git.CloneCache gitCache;
    private final CommandBar commands = new CommandBar();
    private final BorderPane root;
    private final PipelineCanvas canvas;
    private final Inspector inspector;
    private final ProblemsPanel problems;
    private final Palette palette;
    private final StackPane centre = new StackPane();
    private final Label status = new Label();
    private final SplitPane split;
    private final SplitPane vertical;
    private final FileActions files;
    private final InteropActions interop;
    private final DesignerEdits edits;
    private final dev.pipewright.ui.run.RunController runs;
    private final dev.pipewright.ui.run.WatchController watch;
    private final TabPane bottom;
    private Document document;
    private javafx.application.HostServices hostServices;
    private List<Problem> lastProblems = List.of();

    public MainWindow(Stage stage, UserSettings settings) {
        this(stage, settings, dev.pipewright.engine.ExecutionStore.defaultRunsDir());
    }

    /** A window keeping its executions in {@code runsDir}. */
    public MainWindow(Stage stage, UserSettings settings, Path runsDir) {
        this(stage, settings, runsDir, dev.pipewright.git.CloneCache.atDefaultPlace());
    }

    /** A window keeping its executions in {@code runsDir} and its Git clones in {@code gitCache} (tests: a temporary one). */
    public MainWindow(Stage stage, UserSettings settings, Path runsDir, dev.pipewright.git.CloneCache gitCache) {
        this.stage = stage;
        this.settings = settings;
        this.gitCache = gitCache;
        this.providers = Providers.builtIn(gitCache);
        this.edits = new DesignerEdits(this, providers);
        this.canvas = new PipelineCanvas(providers);
        this.inspector = new Inspector(providers, edits);
        this.problems = new ProblemsPanel(this::selectProblem);
        ProblemFixes.install(problems, providers, () -> document().map(Document::current), edits);
        this.palette = new Palette(providers, edits::addFromPalette);
        this.files = new FileActions(this, settings);
        this.interop = new InteropActions(this, files, settings);
        var runHost = new WindowRunHost(this);
        this.runs = new dev.pipewright.ui.run.RunController(runHost, runsDir, providers);
        this.watch = new dev.pipewright.ui.run.WatchController(runHost, runs, gitCache);
        edits.onToggleTransition(runs::toggleTransition);
        canvas.setListener(edits);
        canvas.setCanConnect(edits::canConnect);
        canvas.getSelection().addListener((javafx.collections.SetChangeListener<CanvasItem>) c -> {
            showInspector();
            if (canvas.getSelection().size() == 1
                    && canvas.getSelection().iterator().next() instanceof CanvasItem.CardItem card) {
                runs.actionSelected(card.ref(), !canvas.isOpeningMenu());
            }
        });

        bottom = new TabPane(tab("problems-tab", "Problems", problems), tab("log-tab", "Log", runs.logView()),
                tab("history-tab", "History", runs.historyPanel()),
                tab("variables-tab", "Variables", runs.variablesPanel()), tab("watch-tab", "Watch", watch.log()));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && "history-tab".equals(now.getId())) {
                runs.refreshHistory();
            }
        });
        split = new SplitPane(palette, centre, inspector);
        split.setDividerPositions(settings.get("split.left", 0.18), settings.get("split.right", 0.76));
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        vertical = new SplitPane(split, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(settings.get("split.bottom", 0.78));

        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root = new BorderPane(vertical, new VBox(commands.menuBar(), commands.toolBar()), null, status, null);
        root.setId("main-window");
        wireCommands();

        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        var scene = new Scene(root, settings.get("window.width", Math.min(1440, screen.getWidth() * 0.9)),
                settings.get("window.height", Math.min(900, screen.getHeight() * 0.9)));
        Theme.addStylesheets(scene);
        commands.darkThemeProperty().set(settings.darkTheme());
        commands.darkThemeProperty().addListener((o, was, dark) -> {
            Theme.apply(dark);
            settings.setDarkTheme(dark);
        });
        stage.setScene(scene);
        // a window closed by the program (not through its close box) must not go on watching or
        // leave its actions running; ending them may take a moment, so not on this thread
        stage.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                watch.shutdown();
                var stopping = new Thread(runs::shutdown, "pipewright-closing-runs");
                stopping.setDaemon(true);
                stopping.start();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!files.mayDiscard("closing")) {
                e.consume();
            } else if (runs.isRunning() && !Dialogs.confirm(stage, "A run is in progress",
                    "Closing the window stops it and ends its running actions.", "Stop and Close")) {
                e.consume();
            } else {
                rememberLayout();
                watch.shutdown();
                runs.shutdown();
            }
        });
        showWelcome();
    }

    public void show() {
        stage.show();
    }

    /** Whether this window is still what its stage shows (a stage may be given a new window, as tests do). */
    boolean ownsStage() {
        return stage.getScene() != null && stage.getScene().getRoot() == root;
    }

    public void open(Path file) {
        files.open(file);
    }

    Stage stage() {
        return stage;
    }

    Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    Providers providers() {
        return providers;
    }

    InteropActions interop() {
        return interop;
    }

    PipelineCanvas canvas() {
        return canvas;
    }

    /** Shows a document (a new one, or one just opened), replacing the welcome view or another document. */
    void setDocument(Document doc) {
        // the watch belongs to the pipeline it was turned on for
        watch.stop(doc == null ? "Stopped watching: the pipeline was closed." : "Stopped watching: another pipeline was opened.");
        this.document = doc;
        if (doc == null) {
            runs.clear();
            showWelcome();
            return;
        }
        doc.history().addListener(p -> refresh());
        runs.clear();
        runs.refreshHistory();
        centre.getChildren().setAll(canvas);
        canvas.getSelection().clear();
        refresh();
        // the canvas lays the pipeline out on the next pulse: fit once that has happened, but keep
        // the text readable; a wide pipeline then scrolls, with the minimap to find the way
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(
                () -> canvas.fitToWindow(MIN_OPENING_ZOOM)));
        canvas.requestFocus();
    }

    private void showWelcome() {
        centre.getChildren().setAll(new WelcomeView(settings.recentFiles(), files::newPipeline, files::chooseAndOpen,
                files::open));
        refresh();
    }

    /** Brings every view up to the document: called after each edit, undo, redo, open and save. */
    void refresh() {
        boolean open = document != null;
        for (AppCommand c : List.of(AppCommand.SAVE, AppCommand.SAVE_AS, AppCommand.EXPORT_IMAGE, AppCommand.CLOSE,
                AppCommand.EXPORT_CODEPIPELINE, AppCommand.EXPORT_GITHUB, AppCommand.EXPORT_GITLAB,
                AppCommand.CUT, AppCommand.COPY, AppCommand.PASTE, AppCommand.DUPLICATE, AppCommand.DELETE,
                AppCommand.RENAME, AppCommand.SELECT_ALL, AppCommand.ZOOM_IN, AppCommand.ZOOM_OUT, AppCommand.FIT)) {
            commands.disabledProperty(c).set(!open);
        }
        palette.setDisable(!open);
        runStateChanged();
        commands.disabledProperty(AppCommand.UNDO).set(!open || !document.history().canUndo());
        commands.disabledProperty(AppCommand.REDO).set(!open || !document.history().canRedo());
        if (!open) {
            stage.setTitle("Pipewright");
            problems.clear();
            inspector.clear();
            status.setText("Open or create a pipeline to start.");
            return;
        }
        Pipeline pipeline = document.current();
        lastProblems = PipelineValidator.validate(pipeline, providers);
        canvas.setPipeline(pipeline);
        canvas.setProblems(CanvasProblems.of(pipeline, lastProblems, providers));
        problems.show(pipeline, lastProblems);
        showInspector();
        updateTitle();
        long errors = lastProblems.stream().filter(Problem::isError).count();
        int actions = pipeline.stages().stream().mapToInt(s -> s.actions().size()).sum();
        status.setText(pipeline.stages().size() + " stages, " + actions + " actions · "
                + (errors == 0 ? "no errors" : errors + (errors == 1 ? " error" : " errors"))
                + document.history().undoDescription().map(d -> " · last change: " + d).orElse(""));
        watch.documentChanged();
    }

    /** Enables the run commands for the run state, and marks a waiting gate in the title. */
    void runStateChanged() {
        boolean open = document != null;
        boolean running = runs.isRunning();
        var shown = runs.shown();
        boolean retryable = shown.map(r -> r.status().isRetryable()).orElse(false) && !running;
        commands.disabledProperty(AppCommand.RUN).set(!open);
        commands.disabledProperty(AppCommand.STOP).set(!running);
        commands.disabledProperty(AppCommand.ABANDON).set(!running);
        commands.disabledProperty(AppCommand.RETRY_FAILED).set(!retryable);
        commands.disabledProperty(AppCommand.RETRY_ALL).set(!retryable);
        commands.disabledProperty(AppCommand.BACK_TO_DESIGN).set(shown.isEmpty() || running);
        commands.disabledProperty(AppCommand.RERUN).set(!runs.canRerun());
        commands.disabledProperty(AppCommand.WATCH).set(!open && !watch.watchingProperty().get());
        updateTitle();
    }

    private void updateTitle() {
        if (document == null) {
            stage.setTitle("Pipewright");
            return;
        }
        String name = document.file().map(f -> f.getFileName().toString())
                .orElse(document.current().name() + " (not saved yet)");
        boolean waiting = runs.shown().map(r -> r.stages().stream().flatMap(s -> s.actions().stream())
                .anyMatch(a -> a.status() == dev.pipewright.engine.ActionStatus.WAITING)).orElse(false);
        stage.setTitle((waiting ? "⏸ Approval needed · " : "") + (document.isDirty() ? "• " : "") + name
                + " — Pipewright");
    }

    /** Does what the command's menu item does (if enabled). */
    void command(AppCommand command) {
        commands.run(command);
    }

    void showTab(String id) {
        bottom.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> bottom.getSelectionModel().select(t));
    }

    List<Problem> problems() {
        return lastProblems;
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        var tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private void showInspector() {
        if (document == null) {
            return;
        }
        inspector.show(document.current(), selected(), lastProblems);
    }

    Selected selected() {
        var selection = canvas.getSelection();
        if (selection.isEmpty()) {
            return new Selected.Pipeline();
        }
        if (selection.size() > 1) {
            return new Selected.Several(selection.size());
        }
        CanvasItem only = selection.iterator().next();
        if (only instanceof CanvasItem.CardItem card) {
            return new Selected.OneAction(card.ref());
        }
        if (only instanceof CanvasItem.StageItem stageItem) {
            return new Selected.OneStage(stageItem.stage());
        }
        if (only instanceof CanvasItem.ConnectionItem flow) {
            return new Selected.OneConnection(flow.artifact(), flow.producer(), flow.consumer());
        }
        return new Selected.Several(1);
    }

    /** Selects exactly these items on the canvas. */
    void select(List<? extends CanvasItem> items) {
        canvas.getSelection().clear();
        canvas.getSelection().addAll(items);
    }

    private void selectProblem(Problem problem) {
        var path = problem.location().path();
        Pipeline p = document.current();
        if (path.size() >= 2 && path.get(0).equals("stages") && path.get(1) instanceof Integer s && s < p.stages().size()) {
            var stage = p.stages().get(s);
            if (path.size() >= 4 && path.get(2).equals("actions") && path.get(3) instanceof Integer a
                    && a < stage.actions().size()) {
                select(List.of(new CanvasItem.CardItem(new ActionRef(stage.name(), stage.actions().get(a).name()))));
            } else {
                select(List.of(new CanvasItem.StageItem(stage.name())));
            }
        } else {
            canvas.getSelection().clear();
        }
    }

    private void wireCommands() {
        commands.on(AppCommand.NEW, files::newPipeline);
        commands.on(AppCommand.OPEN, files::chooseAndOpen);
        commands.on(AppCommand.SAVE, files::save);
        commands.on(AppCommand.SAVE_AS, files::saveAs);
        commands.on(AppCommand.CLOSE, files::close);
        commands.on(AppCommand.EXPORT_IMAGE, files::exportImage);
        commands.on(AppCommand.IMPORT_CODEPIPELINE, () -> interop.chooseAndImport(InteropFormat.CODEPIPELINE));
        commands.on(AppCommand.IMPORT_GITHUB, () -> interop.chooseAndImport(InteropFormat.GITHUB));
        commands.on(AppCommand.IMPORT_GITLAB, () -> interop.chooseAndImport(InteropFormat.GITLAB));
        commands.on(AppCommand.EXPORT_CODEPIPELINE, () -> interop.chooseAndExport(InteropFormat.CODEPIPELINE));
        commands.on(AppCommand.EXPORT_GITHUB, () -> interop.chooseAndExport(InteropFormat.GITHUB));
        commands.on(AppCommand.EXPORT_GITLAB, () -> interop.chooseAndExport(InteropFormat.GITLAB));
        commands.on(AppCommand.UNDO, () -> document().ifPresent(d -> d.history().undo()));
        commands.on(AppCommand.REDO, () -> document().ifPresent(d -> d.history().redo()));
        commands.on(AppCommand.CUT, edits::cut);
        commands.on(AppCommand.COPY, edits::copy);
        commands.on(AppCommand.PASTE, edits::paste);
        commands.on(AppCommand.DUPLICATE, edits::duplicate);
        commands.on(AppCommand.DELETE, edits::deleteSelection);
        commands.on(AppCommand.RENAME, () -> {
            if (canvas.getSelection().size() == 1) {
                canvas.rename(canvas.getSelection().iterator().next());
            }
        });
        commands.on(AppCommand.SELECT_ALL, canvas::selectAll);
        commands.on(AppCommand.RUN, () -> {
            runs.run();
            showTab("log-tab");
        });
        commands.on(AppCommand.STOP, () -> runs.stop(false));
        commands.on(AppCommand.ABANDON, () -> runs.stop(true));
        commands.on(AppCommand.RETRY_FAILED, () -> runs.retry(dev.pipewright.engine.RetryMode.FAILED_ACTIONS));
        commands.on(AppCommand.RETRY_ALL, () -> runs.retry(dev.pipewright.engine.RetryMode.ALL_ACTIONS));
        commands.on(AppCommand.BACK_TO_DESIGN, runs::clear);
        commands.on(AppCommand.RERUN, runs::rerun);
        commands.on(AppCommand.WATCH, watch::toggle);
        commands.selectedProperty(AppCommand.WATCH).bind(watch.watchingProperty());
        commands.on(AppCommand.ZOOM_IN, canvas::zoomIn);
        commands.on(AppCommand.ZOOM_OUT, canvas::zoomOut);
        commands.on(AppCommand.FIT, canvas::fitToWindow);
        new CanvasMenus(canvas, commands, edits, providers, new CanvasMenus.RunActions() {
            @Override
            public void showLog(ActionRef action) {
                runs.actionSelected(action);
                showTab("log-tab");
            }

            @Override
            public void decide(ActionRef gate, boolean approve) {
                runs.decide(gate, approve);
            }
        });
    }

    private void rememberLayout() {
        settings.put("window.width", stage.getWidth());
        settings.put("window.height", stage.getHeight());
        double[] dividers = split.getDividerPositions();
        settings.put("split.left", dividers[0]);
        settings.put("split.right", dividers[1]);
        settings.put("split.bottom", vertical.getDividerPositions()[0]);
    }

    /** Opens a web page or a file in the system's own application. */
    void openInBrowser(String url) {
        if (hostServices != null) {
            hostServices.showDocument(url);
        }
    }

    void setHostServices(javafx.application.HostServices services) {
        this.hostServices = services;
    }

    String statusText() {
        return status.getText();
    }

    void setStatus(String text) {
        status.setText(text);
    }
}
