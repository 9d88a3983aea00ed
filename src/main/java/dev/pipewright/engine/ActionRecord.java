package dev.pipewright.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to one action in one execution, as kept in {@code execution.json}. Every text in it
 * is masked.
 *
 * @param attempt   1 for the first run, +1 for each retry
 * @param logFile   the log's path relative to the execution folder
 * @param process   the process group the action started, while it may still run; how a later
 *                  Pipewright finds what survived a crash
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionRecord(
        String name,
        String category,
        String provider,
        int runOrder,
        ActionStatus status,
        String summary,
        Instant startTime,
        Instant endTime,
        int attempt,
        String logFile,
        Map<String, String> outputVariables,
        Tests tests,
        Approval approval,
        ProcessGroup process) {

    public ActionRecord {
        outputVariables = outputVariables == null ? Map.of()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(outputVariables));
    }

    public static ActionRecord pending(String name, String category, String provider, int runOrder, String logFile) {
        return new ActionRecord(name, category, provider, runOrder, ActionStatus.PENDING, null, null, null, 0,
                logFile, Map.of(), null, null, null);
    }

    public ActionRecord withStatus(ActionStatus newStatus, String newSummary) {
        return new ActionRecord(name, category, provider, runOrder, newStatus, newSummary, startTime, endTime,
                attempt, logFile, outputVariables, tests, approval, process);
    }

    public ActionRecord started(Instant at) {
        return new ActionRecord(name, category, provider, runOrder, ActionStatus.IN_PROGRESS, null, at, null,
                attempt + 1, logFile, Map.of(), null, null, null);
    }

    public ActionRecord ended(ActionStatus newStatus, String newSummary, Instant at) {
        return new ActionRecord(name, category, provider, runOrder, newStatus, newSummary, startTime, at,
                attempt, logFile, outputVariables, tests, approval, null);
    }

    public ActionRecord withOutputVariable(String key, String value) {
        var copy = new TreeMap<>(outputVariables);
        copy.put(key, value);
        return new ActionRecord(name, category, provider, runOrder, status, summary, startTime, endTime,
                attempt, logFile, copy, tests, approval, process);
    }

    public ActionRecord withTests(Tests newTests) {
        return new ActionRecord(name, category, provider, runOrder, status, summary, startTime, endTime,
                attempt, logFile, outputVariables, newTests, approval, process);
    }

    public ActionRecord withApproval(Approval newApproval) {
        return new ActionRecord(name, category, provider, runOrder, status, summary, startTime, endTime,
                attempt, logFile, outputVariables, tests, newApproval, process);
    }

    public ActionRecord withProcess(ProcessGroup newProcess) {
        return new ActionRecord(name, category, provider, runOrder, status, summary, startTime, endTime,
                attempt, logFile, outputVariables, tests, approval, newProcess);
    }

    /**
     * The commit this action built, for a Git Source action that got that far (from its
     * {@code CommitId}, {@code CommitMessage}, {@code BranchName}... output variables).
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public java.util.Optional<SourceCommit> commit() {
        return SourceCommit.fromOutputVariables(outputVariables);
    }

    /**
     * A process group an action started: its id (the pid of its leader) and the leader's start
     * time, which tells it from a later process that got the same pid.
     */
    public record ProcessGroup(long id, Instant started) {
    }

    /** Test counts read from JUnit reports. */
    public record Tests(int passed, int failed, int skipped) {
    }

    /** An approval gate's request and, once taken, its decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Approval(String message, String link, Instant requestedAt, String decision, String by,
                           Instant decidedAt, String comment) {

        public static Approval requested(String message, String link, Instant at) {
            return new Approval(message, link, at, null, null, null, null);
        }

        public Approval decided(boolean approved, String who, Instant at, String withComment) {
            return new Approval(message, link, requestedAt, approved ? "Approved" : "Rejected", who, at,
                    withComment);
        }

        public boolean isDecided() {
            return decision != null;
        }
    }
}
