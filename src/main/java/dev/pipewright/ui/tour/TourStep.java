package dev.pipewright.ui.tour;

import java.util.function.BooleanSupplier;

/**
 * One step of the guided tour: what it says, which real control it points at (a CSS selector
 * looked up in the window), and when the person has done it (the tour then moves on by itself).
 *
 * @param target a selector of the control the step points at, as {@code #palette} or {@code .port}
 * @param done   whether the person has done what the step asks; a step that only shows something
 *               answers false and waits for Next
 */
public record TourStep(String id, String title, String text, String target, BooleanSupplier done) {

    /** A step that only shows a control and waits for Next. */
    static TourStep showing(String id, String title, String text, String target) {
        return new TourStep(id, title, text, target, () -> false);
    }
}
