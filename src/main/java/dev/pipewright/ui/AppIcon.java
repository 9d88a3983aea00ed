package dev.pipewright.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Pipewright's icon for the window's title bar, task bar and dock. The sizes come from
 * assets/icon (rendered from assets/pipewright.svg); the platform picks the one it shows.
 */
final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    static void addTo(Stage stage) {
        stage.getIcons().setAll(images());
    }

    static List<Image> images() {
        return SIZES.stream().map(AppIcon::image).toList();
    }

    private static Image image(int size) {
        String name = "icon/pipewright-" + size + ".png";
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the icon " + name + " is missing from the build (pom.xml copies assets/icon)");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
