package dev.pipewright.ui.logs;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The virtualized list of line numbers, following the tail: while {@link #followTail} is on, each
 * layout after the list grew ends at the last line. A person scrolling, dragging or pressing keys
 * decides it: once the scene is laid out, following is on exactly when the last line is in view.
 */
final class LogList extends ListView<Integer> {

    final BooleanProperty followTail = new SimpleBooleanProperty(this, "followTail", true);

    private final Runnable checkFollow = this::checkFollow;
    private boolean userMoved;
    private boolean scrollToEnd = true;
    /** The line count the view last followed to; a person still there has not scrolled away. */
    private int followedCount = Integer.MAX_VALUE;

    LogList() {
        setId("log-lines");
        getStyleClass().add("log-lines");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (EventType<? extends Event> type : List.of(ScrollEvent.SCROLL, MouseEvent.MOUSE_DRAGGED,
                MouseEvent.MOUSE_RELEASED, KeyEvent.KEY_PRESSED)) {
            addEventFilter(type, e -> userMoved = true);
        }
        followTail.addListener((o, was, on) -> {
            if (on) {
                scrollToEnd = true;
                requestLayout();
            } else {
                followedCount = Integer.MAX_VALUE;
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(checkFollow);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(checkFollow);
            }
        });
    }

    /** The list got longer; keep the end in view if following. */
    void grew() {
        if (followTail.get()) {
            scrollToEnd = true;
            requestLayout();
        }
    }

    Optional<VirtualFlow<?>> flow() {
        return getSkin() == null ? Optional.empty()
                : Optional.ofNullable((VirtualFlow<?>) lookup(".virtual-flow"));
    }

    /** The cell showing line {@code index}, if it is in view. */
    Optional<LogLineCell> visibleCell(int index) {
        return lookupAll(".log-line").stream()
                .map(LogLineCell.class::cast)
                .filter(c -> c.getIndex() == index && c.isVisible() && c.getParent() != null)
                .findFirst();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren(); // the skin gives the flow the new line count here
        int count = getItems().size();
        if (scrollToEnd && followTail.get() && !userMoved && count > 0) {
            scrollToEnd = false;
            followedCount = count;
            // the flow is laid out after this, in the same pulse; position 1 is its very end
            flow().ifPresent(f -> {
                f.setPosition(1);
                f.requestLayout();
            });
        }
    }

    private void checkFollow() {
        if (!userMoved) {
            return;
        }
        userMoved = false;
        int count = getItems().size();
        Optional<VirtualFlow<?>> flow = flow();
        if (count == 0 || flow.isEmpty()) {
            return;
        }
        IndexedCell<?> last = flow.get().getLastVisibleCell();
        int lastShown = last == null ? -1 : last.getIndex();
        followTail.set(lastShown >= Math.min(count, followedCount) - 1);
    }

}
