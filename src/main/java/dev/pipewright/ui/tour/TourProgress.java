package dev.pipewright.ui.tour;

/**
 * Where the person is in the tour, remembered between starts of the app: a tour closed half-way
 * resumes at its step, and a finished or skipped one does not come back by itself.
 */
public interface TourProgress {

    /** The step to resume at (0 for the first). */
    int step();

    void rememberStep(int step);

    /** Whether the tour was finished or skipped: it no longer opens on start. */
    boolean finished();

    void rememberFinished(boolean finished);
}
