package dev.pipewright.ui.canvas;

/** What one update of the canvas did: nodes made, changed and removed; the rest stayed untouched. */
public record SyncStats(int created, int updated, int removed, int untouched) {

    public int touched() {
        return created + updated + removed;
    }
}
