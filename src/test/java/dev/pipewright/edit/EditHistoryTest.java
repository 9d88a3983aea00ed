package dev.pipewright.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private static final Pipeline START = Pipeline.of("p0");

    @Test
    void undoRedoWithDescriptions() {
        var h = new EditHistory(START);
        assertFalse(h.canUndo());
        h.apply("Rename to p1", p -> p.withName("p1"));
        h.apply("Rename to p2", p -> p.withName("p2"));
        assertEquals(Optional.of("Rename to p2"), h.undoDescription());
        assertEquals("p1", h.undo().name());
        assertEquals(Optional.of("Rename to p2"), h.redoDescription());
        assertEquals(Optional.of("Rename to p1"), h.undoDescription());
        h.apply("Rename to p3", p -> p.withName("p3"));
        assertFalse(h.canRedo(), "a new edit drops the redo steps");
        assertEquals("p1", h.undo().name());
        assertEquals("p0", h.undo().name());
        assertEquals("p0", h.undo().name(), "undo past the start does nothing");
    }

    @Test
    void refusedAndEmptyEditsRecordNothing() {
        var h = new EditHistory(START);
        assertThrows(IllegalArgumentException.class, () -> h.apply("Bad", p -> {
            throw new IllegalArgumentException("no");
        }));
        h.apply("Nothing", p -> p.withName("p0"));
        assertFalse(h.canUndo());
        assertFalse(h.isDirty());
    }

    @Test
    void dirtyFollowsTheSavedPoint() {
        var h = new EditHistory(START);
        h.apply("a", p -> p.withName("a"));
        assertTrue(h.isDirty());
        h.markSaved();
        assertFalse(h.isDirty());
        h.undo();
        assertTrue(h.isDirty());
        h.redo();
        assertFalse(h.isDirty());
        h.undo();
        h.apply("b", p -> p.withName("b"));
        assertTrue(h.isDirty());
        h.undo();
        assertTrue(h.isDirty(), "the saved state 'a' can no longer be reached");
    }

    @Test
    void theOldestStepsGoBeyondTheLimit() {
        var h = new EditHistory(START, 3);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            h.apply("step " + n, p -> p.withName("p" + n));
        }
        int undos = 0;
        while (h.canUndo()) {
            h.undo();
            undos++;
        }
        assertEquals(3, undos);
        assertEquals("p2", h.current().name());
        assertTrue(h.isDirty(), "the opened state fell off the history");
    }

    @Test
    void listenersHearEveryChange() {
        var h = new EditHistory(START);
        var heard = new ArrayList<String>();
        h.addListener(p -> heard.add(p.name()));
        h.apply("a", p -> p.withName("a"));
        h.undo();
        h.redo();
        h.markSaved();
        assertEquals(java.util.List.of("a", "p0", "a", "a"), heard);
    }
}
