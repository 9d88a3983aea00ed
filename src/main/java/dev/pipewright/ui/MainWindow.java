package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.Document;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.PipelineCanvas;
import dev.pipewright.ui.state.WindowState;
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
 * The one window: palette (left), canvas (centre), inspector (right), problems, log, history,
 * variables and watch (bottom), menus and toolbar from {@link AppCommand}. It creates the parts,
 * lays them out and ties them to one {@link WindowState}; every change goes through the open
 * document's history into the state, and each part follows the state on its own.
 */
public final class MainWindow {

    private final Stage stage;
    private final Path runsDir;
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
    /** What the window shows; its parts and commands bind to it. */
    private final WindowState state = new WindowState();
    private final WindowRunHost runHost;
    private final dev.pipewright.ui.tour.GuidedTour tour;
    private final SampleActions samples;
    private final LessonExport lessons;
    private final dev.pipewright.ui.run.SimulationBanner simulationBanner = new dev.pipewright.ui.run.SimulationBanner(state);
    private dev.pipewright.ui.learn.LearnPanel learnPanel;

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
        this.runsDir = runsDir;
        this.settings = settings;
        this.gitCache = gitCache;
        this.providers = Providers.builtIn(gitCache);
        this.edits = new DesignerEdits(state, providers, this::select);
        this.canvas = new PipelineCanvas(providers);
        this.inspector = new Inspector(providers, edits);
        inspector.follow(state);
        inspector.notes().getChildren().add(new dev.pipewright.ui.run.WhyNote(state));
        this.problems = new ProblemsPanel(this::selectProblem);
        problems.follow(state);
        ProblemFixes.install(problems, providers, () -> document().map(Document::current), edits);
        this.palette = new Palette(providers, edits::addFromPalette);
        WindowHost host = new WindowHost() {
            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public boolean ownsStage() {
                return MainWindow.this.ownsStage();
            }

            @Override
            public void setDocument(Document doc) {
                MainWindow.this.setDocument(doc);
            }
        };
        this.files = new FileActions(host, state, providers, settings);
        this.interop = new InteropActions(host, state, files, settings);
        this.samples = new SampleActions(stage, settings, files::open, this::setStatus);
        this.lessons = new LessonExport(stage, state, runsDir, providers);
        this.runHost = new WindowRunHost(stage);
        this.runs = new dev.pipewright.ui.run.RunController(runHost, runsDir, providers, state);
        runs.askBeforeFirstRun(new TrustPrompt(settings, providers));
        this.watch = new dev.pipewright.ui.run.WatchController(runHost, state, runs, gitCache);
        edits.onToggleTransition(runs::toggleTransition);
        canvas.setListener(edits);
        canvas.setCanConnect(edits::canConnect);
        CanvasWiring.tie(canvas, state, providers);
        LiveValidation.follow(state, providers);
        state.selectionProperty().addListener((o, was, now) -> {
            if (now.size() == 1 && now.get(0) instanceof CanvasItem.CardItem card) {
                runs.actionSelected(card.ref(), !canvas.isOpeningMenu());
            } else {
                runs.followRun();
            }
        });

        bottom = new TabPane(tab(WindowState.PROBLEMS_TAB, "Problems", problems),
                tab(WindowState.LOG_TAB, "Log", runs.logView()), tab(WindowState.HISTORY_TAB, "History", runs.historyPanel()),
                tab(WindowState.VARIABLES_TAB, "Variables", runs.variablesPanel()),
                tab(WindowState.WATCH_TAB, "Watch", watch.log()));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tieTabs();
        split = new SplitPane(palette, centre, inspector);
        split.setDividerPositions(settings.get("split.left", 0.18), settings.get("split.right", 0.76));
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        vertical = new SplitPane(split, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(settings.get("split.bottom", 0.78));

        status.getStyleClass().add("status-bar");
        status.textProperty().bind(state.statusProperty());
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
            if (!mayClose()) {
                e.consume();
            }
        });
        tour = new dev.pipewright.ui.tour.GuidedTour(stage, state, settings.tourProgress(), files::newPipeline);
        commands.on(AppCommand.TOUR, tour::start);
        commands.on(AppCommand.EXAMPLES, samples::showGallery);
        commands.on(AppCommand.EXPORT_LESSON, lessons::chooseAndExport);
        commands.on(AppCommand.CONCEPTS, () -> learnPanel().show(java.util.Optional.empty()));
    }

    /**
     * Shows the window. The welcome view (recent files, examples) is built a moment later, and
     * only if no file was opened meanwhile: a start on a file never builds it.
     */
    public void show() {
        stage.show();
        javafx.application.Platform.runLater(() -> {
            if (state.documentProperty().get() == null && centre.getChildren().isEmpty()) {
                showWelcome();
            }
        });
        if (!settings.tourProgress().finished()) {
            javafx.application.Platform.runLater(tour::start); // the first start, or a tour left half-way
        }
    }

    /** Help → Concepts: made when first asked for. */
    dev.pipewright.ui.learn.LearnPanel learnPanel() {
        if (learnPanel == null) {
            learnPanel = new dev.pipewright.ui.learn.LearnPanel(stage, stage.getScene().getStylesheets());
        }
        return learnPanel;
    }

    /** The Learn panel if it was opened, else null (tests close it). */
    dev.pipewright.ui.learn.LearnPanel learnPanelIfMade() {
        return learnPanel;
    }

    /** File → Export Lesson without its file dialog, for tests. */
    boolean exportLesson(Path output) {
        return lessons.exportTo(output);
    }

    /** The guided tour, for tests. */
    dev.pipewright.ui.tour.GuidedTour tour() {
        return tour;
    }

    /**
     * Whether the window may close now: unsaved edits saved or let go, a run in progress stopped
     * (asked first). When it may, it remembers its layout and ends the watch and the runs.
     */
    private boolean mayClose() {
        inspector.commitPending();
        if (!files.mayDiscard("closing")) {
            return false;
        }
        if (runs.isRunning() && !Dialogs.confirm(stage, "A run is in progress",
                "Closing the window stops it and ends its running actions.", "Stop and Close")) {
            return false;
        }
        rememberLayout();
        watch.shutdown();
        runs.shutdown();
        return true;
    }

    /** File → Quit: closes the window as its close box does, asking the same questions. */
    private void quit() {
        if (mayClose()) {
            stage.close();
        }
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
        return state.document();
    }

    /** The window's state, for its parts and tests. */
    WindowState state() {
        return state;
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

    /**
     * Shows a document (a new one, or one just opened), replacing the welcome view or another
     * document; none shows the welcome view. The parts follow the state's new document themselves.
     */
    void setDocument(Document doc) {
        canvas.getSelection().clear();
        state.documentProperty().set(doc);
        if (doc == null) {
            showWelcome();
            return;
        }
        centre.getChildren().setAll(canvas, simulationBanner);
        fitWhenLaidOut(doc);
        canvas.requestFocus();
    }

    /**
     * Fits the document's pipeline to the view once the canvas has laid it out and has a size
     * (a pulse or two after it is shown), so a pipeline larger than the view opens whole; zoom in,
     * or use the minimap, to read it.
     */
    private void fitWhenLaidOut(Document doc) {
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (state.documentProperty().get() != doc) {
                stage.getScene().removePostLayoutPulseListener(check[0]);
            } else if (canvas.getWidth() > 0 && canvas.getLayout().pipeline().equals(doc.current())) {
                stage.getScene().removePostLayoutPulseListener(check[0]);
                canvas.fitToWindow();
            }
        };
        stage.getScene().addPostLayoutPulseListener(check[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void showWelcome() {
        centre.getChildren().setAll(new WelcomeView(settings.recentFiles(), files::newPipeline, files::chooseAndOpen,
                files::open, samples.gallery()));
    }

    /** The bottom panel's tab in front is the state's: either may change it. */
    private void tieTabs() {
        bottom.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                state.shownTabProperty().set(now.getId());
            }
        });
        state.shownTabProperty().addListener((o, was, id) -> bottom.getTabs().stream()
                .filter(t -> t.getId().equals(id)).findFirst().ifPresent(t -> bottom.getSelectionModel().select(t)));
    }

    /** Does what the command's menu item does (if enabled). */
    void command(AppCommand command) {
        commands.run(command);
    }

    void showTab(String id) {
        state.shownTabProperty().set(id);
    }

    List<Problem> problems() {
        return state.problemsProperty().get();
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        var tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /** Selects exactly these items on the canvas. */
    void select(List<? extends CanvasItem> items) {
        canvas.getSelection().clear();
        canvas.getSelection().addAll(items);
    }

    private void selectProblem(Problem problem) {
        var path = problem.location().path();
        Pipeline p = state.documentProperty().get().current();
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
        commands.beforeEach(inspector::commitPending);
        bindEnablement();
        commands.on(AppCommand.NEW, files::newPipeline);
        commands.on(AppCommand.OPEN, files::chooseAndOpen);
        commands.on(AppCommand.SAVE, files::save);
        commands.on(AppCommand.SAVE_AS, files::saveAs);
        commands.on(AppCommand.CLOSE, files::close);
        commands.on(AppCommand.QUIT, this::quit);
        commands.on(AppCommand.SHORTCUTS, () -> HelpDialogs.shortcuts(stage));
        commands.on(AppCommand.ABOUT, () -> HelpDialogs.about(stage, runsDir));
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
            showTab(WindowState.LOG_TAB);
        });
        commands.on(AppCommand.STOP, () -> runs.stop(false));
        commands.on(AppCommand.ABANDON, () -> {
            // ends processes in the middle of what they do: say so and ask, unlike Stop
            if (Dialogs.confirm(stage, "Stop and abandon the run?", "The actions running now are ended at once: "
                    + "their processes are killed, whatever they are doing, and the run is marked abandoned. "
                    + "Stop instead lets them finish.", "Stop and Abandon")) {
                runs.stop(true);
            }
        });
        commands.on(AppCommand.RETRY_FAILED, () -> runs.retry(dev.pipewright.engine.RetryMode.FAILED_ACTIONS));
        commands.on(AppCommand.RETRY_ALL, () -> runs.retry(dev.pipewright.engine.RetryMode.ALL_ACTIONS));
        commands.on(AppCommand.BACK_TO_DESIGN, runs::clear);
        SimulationCommands.wire(commands, state, runs, () -> showTab(WindowState.LOG_TAB));
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
                showTab(WindowState.LOG_TAB);
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

    void setHostServices(javafx.application.HostServices services) {
        runHost.setHostServices(services);
    }

    String statusText() {
        return state.statusProperty().get();
    }

    void setStatus(String text) {
        state.statusProperty().set(text);
    }

    /** When each command can be used, as bindings on the window's state: never set by hand. */
    private void bindEnablement() {
        var closed = state.documentOpen().not();
        for (AppCommand c : List.of(AppCommand.SAVE, AppCommand.SAVE_AS, AppCommand.EXPORT_IMAGE, AppCommand.CLOSE,
                AppCommand.EXPORT_LESSON,
                AppCommand.EXPORT_CODEPIPELINE, AppCommand.EXPORT_GITHUB, AppCommand.EXPORT_GITLAB, AppCommand.PASTE,
                AppCommand.SELECT_ALL, AppCommand.ZOOM_IN, AppCommand.ZOOM_OUT, AppCommand.FIT, AppCommand.RUN)) {
            commands.disabledProperty(c).bind(closed);
        }
        var nothingSelected = closed.or(state.somethingSelected().not());
        for (AppCommand c : List.of(AppCommand.CUT, AppCommand.COPY, AppCommand.DUPLICATE, AppCommand.DELETE,
                AppCommand.RENAME)) {
            commands.disabledProperty(c).bind(nothingSelected);
        }
        palette.disableProperty().bind(closed);
        commands.disabledProperty(AppCommand.UNDO).bind(state.canUndoProperty().not());
        commands.disabledProperty(AppCommand.REDO).bind(state.canRedoProperty().not());
        var running = state.runningProperty();
        commands.disabledProperty(AppCommand.STOP).bind(running.not());
        commands.disabledProperty(AppCommand.ABANDON).bind(running.not());
        commands.disabledProperty(AppCommand.RETRY_FAILED).bind(state.retryable().not());
        commands.disabledProperty(AppCommand.RETRY_ALL).bind(state.retryable().not());
        commands.disabledProperty(AppCommand.BACK_TO_DESIGN).bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.executionProperty().get().isEmpty(), state.executionProperty()).or(running));
        commands.disabledProperty(AppCommand.RERUN).bind(state.rerunnableProperty().not());
        commands.disabledProperty(AppCommand.WATCH).bind(closed.and(watch.watchingProperty().not()));
        stage.titleProperty().bind(WindowTitle.of(state));
    }
}
