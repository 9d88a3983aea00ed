package dev.pipewright.ui.canvas;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The run status shown on one card or stage.
 *
 * @param startedAt when it started; a running card counts its elapsed time from here
 * @param took      how long it took, shown once it has finished
 * @param detail    a short line under the provider, as "3 passed, 1 failed" or "Approved by ada"
 * @param detailInFull what the card's tooltip says about the detail when there is more to it than
 *                  fits on a card (a commit's full id, author, date and branch); empty: the detail itself
 */
public record RunBadge(RunStatus status, Optional<Instant> startedAt, Optional<Duration> took, Optional<String> detail,
                       Optional<String> detailInFull) {

    public RunBadge {
        Objects.requireNonNull(status);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(took);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(detailInFull);
    }

    public RunBadge(RunStatus status, Optional<Instant> startedAt, Optional<Duration> took, Optional<String> detail) {
        this(status, startedAt, took, detail, Optional.empty());
    }

    /** The tooltip's text for the detail: in full where there is more, else the detail as it is. */
    public Optional<String> tooltip() {
        return detailInFull.or(() -> detail);
    }

    /** Only a status: no times, no detail. */
    public static RunBadge of(RunStatus status) {
        return new RunBadge(status, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the run has reached it: the arrows leading into it are drawn as passed. */
    public boolean started() {
        return startedAt.isPresent() || switch (status) {
            case RUNNING, WAITING, SUCCEEDED, FAILED, STOPPED -> true;
            case PENDING, SKIPPED, SUPERSEDED -> false;
        };
    }
}
