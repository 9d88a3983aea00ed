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
