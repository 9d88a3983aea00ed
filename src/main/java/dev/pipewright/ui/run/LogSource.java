package dev.pipewright.ui.run;

import dev.pipewright.model.ActionRef;
import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Which action's log to show when the person picked none: the one the run is at. */
final class LogSource {

    private LogSource() {
    }

    private record Placed(ActionRef ref, ActionRecord action) {
    }

    /** The running or waiting action (latest started), else the failed one, else the last that ran. */
    static Optional<ActionRef> followed(ExecutionRecord record) {
        return latest(record, a -> a.status().isActive(), ActionRecord::startTime)
                .or(() -> latest(record, a -> a.status() == ActionStatus.FAILED, ActionRecord::endTime))
                .or(() -> latest(record, a -> a.startTime() != null, ActionRecord::startTime));
    }

    private static Optional<ActionRef> latest(ExecutionRecord record, Predicate<ActionRecord> which,
            java.util.function.Function<ActionRecord, Instant> when) {
        return actions(record).filter(p -> which.test(p.action()))
                .max(Comparator.comparing(p -> Optional.ofNullable(when.apply(p.action())).orElse(Instant.MIN)))
                .map(Placed::ref);
    }

    private static Stream<Placed> actions(ExecutionRecord record) {
        return record.stages().stream().flatMap(s -> s.actions().stream()
                .map(a -> new Placed(new ActionRef(s.name(), a.name()), a)));
    }
}
