package dev.pipewright.ui.canvas;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.layout.LayoutMetrics;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Shows a pipeline and turns what a person does on it into intents for a {@link CanvasListener}.
 * It never changes the pipeline: the window applies edits and calls {@link #setPipeline}, which
 * updates only the nodes whose content or place changed, at most once per pulse.
 *
 * <p>The work is split: {@link CanvasSync} keeps nodes in step with the layout,
 * {@link CanvasSelection} the selection, {@link CanvasViewport} zoom and pan, and one small class
 * per gesture handles the mouse and keys.
 */
public final class PipelineCanvas extends StackPane {

    /** The canvas's stylesheet; added to the scene the canvas is shown in. */
    public static final String STYLESHEET = Objects.requireNonNull(
            PipelineCanvas.class.getResource("/dev/pipewright/ui/canvas.css")).toExternalForm();

    private final ProviderCatalog catalog;
    private final LayoutMetrics metrics;
    private final CanvasViewport viewport = new CanvasViewport();
    private final CanvasSync sync = new CanvasSync();
    private final CanvasSelection selection = new CanvasSelection(sync);
    private final CanvasRun run = new CanvasRun();
    private final Pane overlay = new Pane();
    private final DropMarker marker = new DropMarker();
    private final Label hint = new Label();
    private final Minimap minimap = new Minimap(viewport);
    private final InPlaceRename rename = new InPlaceRename(this);
    private final MenuGesture menus;
    private final ViewCulling culling = new ViewCulling(viewport, java.util.List.of(sync.stageLayer, sync.groupLayer,
            sync.arrowLayer, sync.cardLayer));

    private PipelineLayout layout;
    private Pipeline pending;
    private boolean updateScheduled;
    private Map<CanvasItem, CanvasProblem> problems = Map.of();
    private CanvasListener listener = new CanvasListener() {
    };
    private BiFunction<ActionRef, ActionRef, Optional<String>> canConnect = (from, to) -> Optional.empty();
    private SyncStats lastSync = new SyncStats(0, 0, 0, 0);
    /** What the gestures may touch of this canvas. */
    private final GestureSurface surface = new GestureSurface() {
        @Override
        public PipelineLayout currentLayout() {
            return layout;
        }

        @Override
        public CanvasSelection selection() {
            return selection;
        }

        @Override
        public CanvasSync sync() {
            return sync;
        }

        @Override
        public CanvasViewport viewport() {
            return viewport;
        }

        @Override
        public Pane overlay() {
            return overlay;
        }

        @Override
        public DropMarker marker() {
            return marker;
        }

        @Override
        public CanvasListener listener() {
            return listener;
        }

        @Override
        public Optional<String> whyNotConnect(ActionRef from, ActionRef to) {
            return canConnect.apply(from, to);
        }

        @Override
        public void showHint(String text, Point at) {
            PipelineCanvas.this.showHint(text, at);
        }

        @Override
        public void hideHint() {
            overlay.getChildren().remove(hint);
        }

        @Override
        public void rename(CanvasItem item) {
            rename.start(item);
        }

        @Override
        public boolean isRenaming() {
            return rename.isEditing();
        }

        @Override
        public void focus() {
            requestFocus();
        }
    };

    /** A canvas naming providers from the built-in catalog. */
    public PipelineCanvas() {
        this(Providers.builtIn());
    }

    public PipelineCanvas(ProviderCatalog catalog) {
        this(catalog, LayoutMetrics.defaults());
    }

    public PipelineCanvas(ProviderCatalog catalog, LayoutMetrics metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
        getStyleClass().add("pipeline-canvas");
        // The stylesheet goes to the scene, not to the canvas: a stylesheet on a parent makes JavaFX
        // gather it again for every node below it as it styles it (StyleManager$RefList.add was a
        // fifth of opening 2,000 actions). Its rules all start with .pipeline-canvas, so they reach
        // nothing else in the scene.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
                scene.getStylesheets().add(STYLESHEET);
            }
        });
        setFocusTraversable(true);
        overlay.setPickOnBounds(false);
        overlay.getChildren().add(marker);
        hint.getStyleClass().add("canvas-hint");
        hint.setManaged(false);
        hint.setMouseTransparent(true);
        viewport.world.getChildren().addAll(sync.stageLayer, sync.groupLayer, sync.arrowLayer, sync.cardLayer, overlay);
        getChildren().addAll(viewport.scroll, minimap);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        layout = PipelineLayout.of(Pipeline.of(""), metrics);
        var pointer = new PointerGestures(surface);
        new CanvasKeys(this, pointer);
        menus = new MenuGesture(surface, this);
        new ExternalDrop(this);
        viewport.scroll.hvalueProperty().addListener((o, a, b) -> viewMoved());
        viewport.scroll.vvalueProperty().addListener((o, a, b) -> viewMoved());
        viewport.scroll.viewportBoundsProperty().addListener((o, a, b) -> viewResized());
        viewport.zoomProperty().addListener((o, a, b) -> viewResized());
    }

    // ---- the model ------------------------------------------------------------------------

    /**
     * Shows {@code pipeline}. Calls within one pulse are coalesced: only the last one is drawn,
     * on the next pulse; unchanged nodes are left alone.
     */
    public void setPipeline(Pipeline pipeline) {
        pending = Objects.requireNonNull(pipeline);
        if (!updateScheduled) {
            updateScheduled = true;
            Platform.runLater(this::applyPending);
        }
    }

    /** The pipeline shown (or about to be shown). */
    public Pipeline getPipeline() {
        return pending != null ? pending : layout.pipeline();
    }

    /** Marks stages and cards with {@code :error} or {@code :warning} and a tooltip; replaces the previous marks. */
    public void setProblems(Map<CanvasItem, CanvasProblem> next) {
        problems = Map.copyOf(next);
        setPipeline(getPipeline());
    }

    // ---- the run ---------------------------------------------------------------------------

    /**
     * Shows a run: the status of each card ({@link CanvasItem.CardItem}) and stage
     * ({@link CanvasItem.StageItem}) in the map, replacing what was shown; other items show none.
     * Arrows into what the run has reached become {@code :passed}. An empty map is the design
     * view again. Only the nodes whose status changes are touched.
     */
    public void setRunState(Map<CanvasItem, RunBadge> cardsAndStages) {
        run.setBadges(cardsAndStages);
        pseudoClassStateChanged(CanvasStates.RUN_VIEW, !cardsAndStages.isEmpty());
        lastSync = run.show(sync, layout);
    }

    /**
     * Shows what cards say for a learner (marked to fail in a simulation, why they wait or did not
     * run); cards not in the map say nothing. Replaces the previous notes.
     */
    public void setCardNotes(Map<ActionRef, CardNote> notes) {
        run.setNotes(notes);
        lastSync = run.show(sync, layout);
    }

    public Map<ActionRef, CardNote> getCardNotes() {
        return run.notes();
    }

    /** Back to the design view: no status anywhere. */
    public void clearRunState() {
        setRunState(Map.of());
    }

    /** The run shown, as last given to {@link #setRunState}. */
    public Map<CanvasItem, RunBadge> getRunState() {
        return run.badges();
    }

    /**
     * Draws the stage-order arrow into each of these stages as closed (a lock on it): their
     * inbound transition is disabled. Replaces the previous set.
     */
    public void setDisabledTransitions(Set<String> stagesWithDisabledInbound) {
        run.setClosedStages(stagesWithDisabledInbound);
        lastSync = run.show(sync, layout);
    }

    public Set<String> getDisabledTransitions() {
        return run.closedStages();
    }

    /** The clock running cards count their elapsed time by; tests set a fixed one. */
    void setClock(java.time.Clock clock) {
        run.setClock(clock);
    }

    CanvasRun run() {
        return run;
    }

    // ---- listeners and checks ----------------------------------------------------------------

    /**
     * Called when a context menu is asked for (right button, Shift+F10, the Menu key), after what
     * it is for has been selected; the window shows the menu that fits.
     */
    public void setOnMenuRequested(java.util.function.Consumer<MenuRequest> handler) {
        menus.setHandler(Objects.requireNonNull(handler));
    }

    /** Whether the selection is changing because a context menu is being opened on what it selects. */
    public boolean isOpeningMenu() {
        return menus.isOpening();
    }

    public void setListener(CanvasListener next) {
        listener = Objects.requireNonNull(next);
    }

    /**
     * Decides, while a connection is being drawn, whether {@code from}'s output may go to
     * {@code to}: empty means yes, otherwise the reason, shown beside the pointer.
     */
    public void setCanConnect(BiFunction<ActionRef, ActionRef, Optional<String>> next) {
        canConnect = Objects.requireNonNull(next);
    }

    /** The layout on screen: where everything is, in canvas units. */
    public PipelineLayout getLayout() {
        return layout;
    }

    /** What the last update did; tests and profiling use it to see that updates stay small. */
    public SyncStats lastSync() {
        return lastSync;
    }

    private void applyPending() {
        updateScheduled = false;
        if (pending == null) {
            return;
        }
        Pipeline next = pending;
        pending = null;
        rename.finish(false);
        layout = PipelineLayout.of(next, metrics);
        lastSync = sync.apply(layout, problems, catalog);
        run.show(sync, layout);
        selection.refresh();
        viewport.setContentSize(layout.width(), layout.height());
        minimap.show(layout);
        viewResized();
    }

    private void viewMoved() {
        culling.update();
        minimap.redraw();
    }

    private void viewResized() {
        culling.update();
        updateMinimap();
    }

    // ---- selection ------------------------------------------------------------------------

    /** The selected stages, cards and connections; observe it to follow the selection, change it to select. */
    public ObservableSet<CanvasItem> getSelection() {
        return selection.items();
    }

    /** Selects every card. */
    public void selectAll() {
        selection.replace(CanvasSelection.all(layout));
    }

    // ---- zoom and pan -----------------------------------------------------------------------

    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    public void resetZoom() {
        viewport.resetZoom();
    }

    public void fitToWindow() {
        viewport.fitToWindow();
    }

    /** Fits, unless that makes the text smaller than {@code minimumZoom}: then 100 % from the start. */
    public void fitToWindow(double minimumZoom) {
        viewport.fitToWindow(minimumZoom);
    }

    /** 1 = 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    public Minimap getMinimap() {
        return minimap;
    }

    /** Starts renaming a stage or card in place, as a double-click does. */
    public void rename(CanvasItem item) {
        rename.start(item);
    }

    private void updateMinimap() {
        var view = viewport.scroll.getViewportBounds();
        double z = viewport.zoomProperty().get();
        boolean larger = layout.width() * z > view.getWidth() + 1 || layout.height() * z > view.getHeight() + 1;
        minimap.setVisible(larger && !layout.cards().isEmpty());
        minimap.redraw();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the minimap is unmanaged (it sizes itself to the pipeline's shape); keep it in the corner
        double right = getWidth() - 24 - minimap.getWidth();
        double bottom = getHeight() - 24 - minimap.getHeight();
        minimap.relocate(Math.max(0, right), Math.max(0, bottom));
    }

    // ---- for the gestures ---------------------------------------------------------------------

    PipelineLayout currentLayout() {
        return layout;
    }

    CanvasListener listener() {
        return listener;
    }

    CanvasSelection selection() {
        return selection;
    }

    CanvasSync sync() {
        return sync;
    }

    /** Where a point of the layout is on the screen now (zoom and scroll applied), for tests and tools. */
    public javafx.geometry.Point2D layoutToScreen(double x, double y) {
        return viewport().world.localToScreen(x, y);
    }

    CanvasViewport viewport() {
        return viewport;
    }

    Pane overlay() {
        return overlay;
    }

    DropMarker marker() {
        return marker;
    }

    boolean isRenaming() {
        return rename.isEditing();
    }

    private void showHint(String text, Point at) {
        hint.setText(text);
        if (hint.getParent() == null) {
            overlay.getChildren().add(hint);
        }
        hint.applyCss();
        hint.resizeRelocate(at.x() + 14, at.y() + 14, hint.prefWidth(-1), hint.prefHeight(-1));
    }

    /** The group holding the nodes in canvas units (for tests that look nodes up). */
    Group cardLayer() {
        return sync.cardLayer;
    }
}
