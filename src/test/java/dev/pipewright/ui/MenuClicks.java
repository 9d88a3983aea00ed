package dev.pipewright.ui;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through menus and submenus as a person does: along the item's row, then onto the next. */
final class MenuClicks {

    private MenuClicks() {
    }

    /** Clicks menu items by id, one after another, each in a menu that shows now. */
    static void choose(FxRobot robot, WindowDriver driver, String... ids) throws Exception {
        for (String id : ids) {
            driver.waitFor("the menu item " + id, () -> showing(robot, id).isPresent());
            // sideways first, then down: a diagonal path would cross other items and close an open submenu
            Node item = showing(robot, id).orElseThrow();
            Bounds b = WaitForAsyncUtils.asyncFx(() -> item.localToScreen(item.getBoundsInLocal())).get();
            Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
            double x = b.getMinX() + Math.min(30, b.getWidth() / 2);
            robot.moveTo(new Point2D(x, mouse.getY()));
            robot.moveTo(new Point2D(x, b.getCenterY()));
            robot.clickOn(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The item with this id in a window that shows (submenus of menus shown before linger, hidden). */
    static Optional<Node> showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAll().stream().filter(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).findFirst();
    }
}
