package dev.pipewright.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what a window shows as a PNG, to look at after a test run (the README's run pictures come from here). */
final class WindowSnapshot {
    private WindowSnapshot() {
    }

    /** Hides the windows earlier tests in this JVM left open: they would sit on top and take the robot's clicks. */
    static void hideOthers(Stage stage) {
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(w -> {
            if (w != stage) {
                w.hide();
            }
        });
    }

    /**
     * Saves the window with the popups it shows on top (context menus and their submenus), as a
     * person sees it: a scene snapshot alone leaves popups out, as they are windows of their own.
     */
    static void saveWithPopups(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var layers = WaitForAsyncUtils.asyncFx(() -> {
            var all = new java.util.ArrayList<Object[]>();
            all.add(new Object[] {stage.getScene().snapshot(null), 0.0, 0.0});
            double originX = stage.getX() + stage.getScene().getX();
            double originY = stage.getY() + stage.getScene().getY();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w instanceof javafx.stage.PopupWindow popup && w.isShowing() && popup.getOwnerWindow() != null
                        && w.getScene() != null) {
                    all.add(new Object[] {w.getScene().snapshot(null), w.getX() + w.getScene().getX() - originX,
                            w.getY() + w.getScene().getY() - originY});
                }
            }
            return all;
        }).get();
        WritableImage base = (WritableImage) layers.get(0)[0];
        var out = new java.awt.image.BufferedImage((int) base.getWidth(), (int) base.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = out.createGraphics();
        for (Object[] layer : layers) {
            g.drawImage(awt((WritableImage) layer[0]), (int) Math.round((double) layer[1]),
                    (int) Math.round((double) layer[2]), null);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    private static java.awt.image.BufferedImage awt(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return out;
    }

    static void save(Stage stage, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        out.setRGB(0, 0, w, h, pixels, 0, w);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
