package dev.pipewright.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** What happened to one stage in one execution. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageRecord(String name, StageStatus status, Instant startTime, Instant endTime,
                          List<ActionRecord> actions) {

    public StageRecord {
        actions = List.copyOf(actions);
    }

    public StageRecord withStatus(StageStatus newStatus) {
        return new StageRecord(name, newStatus, startTime, endTime, actions);
    }

    public StageRecord started(Instant at) {
        return new StageRecord(name, StageStatus.IN_PROGRESS, at, null, actions);
    }

    public StageRecord ended(StageStatus newStatus, Instant at) {
        return new StageRecord(name, newStatus, startTime, at, actions);
    }

    public StageRecord withAction(String actionName, UnaryOperator<ActionRecord> change) {
        var copy = new ArrayList<ActionRecord>(actions.size());
        for (var a : actions) {
            copy.add(a.name().equals(actionName) ? change.apply(a) : a);
        }
        return new StageRecord(name, status, startTime, endTime, copy);
    }

    public java.util.Optional<ActionRecord> action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst();
    }
}
