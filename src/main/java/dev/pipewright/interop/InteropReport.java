package dev.pipewright.interop;

import java.util.List;
import java.util.Objects;

/**
 * What an import or export could not carry over, and why: nothing is dropped silently.
 *
 * @param notes one entry per thing that changed or was left out, in the order met
 */
public record InteropReport(List<Note> notes) {

    public static final InteropReport EMPTY = new InteropReport(List.of());

    public InteropReport {
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }

    /**
     * One thing that did not carry over as it was.
     *
     * @param where where it was, in words a user finds it by ("stage Build, action Compile", "job test, step 3")
     * @param what  what happened to it and why, and what to do if anything
     */
    public record Note(String where, String what) {
        public Note {
            Objects.requireNonNull(where);
            Objects.requireNonNull(what);
        }

        @Override
        public String toString() {
            return where + ": " + what;
        }
    }
}
