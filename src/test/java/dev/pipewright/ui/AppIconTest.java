package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window carries Pipewright's icon in every size the platforms pick from, each one a real picture. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStageGetsTheIconInEachSize(FxRobot robot) {
        robot.interact(() -> AppIcon.addTo(stage));
        List<Image> icons = stage.getIcons();
        assertEquals(AppIcon.SIZES.size(), icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertFalse(icon.isError(), "icon " + AppIcon.SIZES.get(i) + " could not be read");
            assertEquals(AppIcon.SIZES.get(i), (int) icon.getWidth());
            assertEquals(AppIcon.SIZES.get(i), (int) icon.getHeight());
            // the middle of the mark is the pipe's second stage: opaque, not a blank square
            int middle = AppIcon.SIZES.get(i) / 2;
            assertEquals(1.0, icon.getPixelReader().getColor(middle, middle).getOpacity(), 0.01);
        }
    }
}
