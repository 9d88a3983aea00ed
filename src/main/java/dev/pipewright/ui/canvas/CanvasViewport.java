package dev.pipewright.ui.canvas;

import dev.pipewright.layout.Box;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Zoom and pan: the world (in layout units) is scaled inside a scroll pane. The wheel scrolls,
 * ctrl+wheel zooms about the pointer, and the world always fills the view so that empty space
 * can be clicked and dropped on.
 */
final class CanvasViewport {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3;
    private static final double STEP = 1.2;

    final Pane world = new Pane();
    final ScrollPane scroll;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private double contentWidth;
    private double contentHeight;

    CanvasViewport() {
        world.getStyleClass().add("canvas-world");
        world.getTransforms().add(scale);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        scroll = new ScrollPane(new Group(world));
        scroll.getStyleClass().add("canvas-scroll");
        scroll.setPannable(false);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fillView());
        zoom.addListener((o, a, b) -> fillView());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                zoomAbout(e.getDeltaY() > 0 ? STEP : 1 / STEP, e.getX(), e.getY());
                e.consume();
            }
        });
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    void setContentSize(double width, double height) {
        contentWidth = width;
        contentHeight = height;
        fillView();
    }

    double contentWidth() {
        return contentWidth;
    }

    double contentHeight() {
        return contentHeight;
    }

    private void fillView() {
        Bounds view = scroll.getViewportBounds();
        double z = zoom.get();
        double w = Math.max(contentWidth, view.getWidth() / z);
        double h = Math.max(contentHeight, view.getHeight() / z);
        world.setMinSize(w, h);
        world.setPrefSize(w, h);
        world.setMaxSize(w, h);
    }

    void zoomIn() {
        zoomAboutCentre(STEP);
    }

    void zoomOut() {
        zoomAboutCentre(1 / STEP);
    }

    void resetZoom() {
        zoomAboutCentre(1 / zoom.get());
    }

    /** Shows the whole pipeline, never larger than 100 %. */
    void fitToWindow() {
        fitToWindow(0);
    }

    /**
     * Shows the whole pipeline, never larger than 100 %; when that would go below {@code minimum},
     * shows it at 100 % from its start instead, so the text stays readable and the rest scrolls.
     */
    void fitToWindow(double minimum) {
        Bounds view = scroll.getViewportBounds();
        if (contentWidth <= 0 || view.getWidth() <= 0) {
            return;
        }
        double fit = Math.min(view.getWidth() / contentWidth, view.getHeight() / contentHeight);
        zoom.set(clamp(fit < minimum ? 1 : Math.min(1, fit)));
        scroll.layout();
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private void zoomAboutCentre(double factor) {
        Bounds view = scroll.getViewportBounds();
        zoomAbout(factor, view.getWidth() / 2, view.getHeight() / 2);
    }

    /** Zooms so that the world point under ({@code viewX}, {@code viewY}) in the scroll pane stays put. */
    void zoomAbout(double factor, double viewX, double viewY) {
        double old = zoom.get();
        double next = clamp(old * factor);
        if (next == old) {
            return;
        }
        double worldX = (offsetX() + viewX) / old;
        double worldY = (offsetY() + viewY) / old;
        zoom.set(next);
        scroll.layout();
        scrollTo(worldX * next - viewX, worldY * next - viewY);
    }

    void panBy(double dx, double dy) {
        scrollTo(offsetX() - dx, offsetY() - dy);
    }

    /** The part of the world in view, in layout units. */
    Box visibleWorld() {
        Bounds view = scroll.getViewportBounds();
        double z = zoom.get();
        return new Box(offsetX() / z, offsetY() / z, view.getWidth() / z, view.getHeight() / z);
    }

    /** Scrolls so that the world point ({@code x}, {@code y}) is in the middle of the view. */
    void centreOn(double x, double y) {
        Bounds view = scroll.getViewportBounds();
        double z = zoom.get();
        scrollTo(x * z - view.getWidth() / 2, y * z - view.getHeight() / 2);
    }

    private double offsetX() {
        return scroll.getHvalue() * scrollableWidth();
    }

    private double offsetY() {
        return scroll.getVvalue() * scrollableHeight();
    }

    private double scrollableWidth() {
        return Math.max(0, world.getPrefWidth() * zoom.get() - scroll.getViewportBounds().getWidth());
    }

    private double scrollableHeight() {
        return Math.max(0, world.getPrefHeight() * zoom.get() - scroll.getViewportBounds().getHeight());
    }

    private void scrollTo(double x, double y) {
        double sw = scrollableWidth();
        double sh = scrollableHeight();
        scroll.setHvalue(sw <= 0 ? 0 : Math.max(0, Math.min(1, x / sw)));
        scroll.setVvalue(sh <= 0 ? 0 : Math.max(0, Math.min(1, y / sh)));
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
