package dev.pipewright.cli;

import dev.pipewright.actions.ActionContext.ApprovalDecision;
import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ApprovalFiles;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Approves or rejects a gate of an execution waiting in another process: the decision is dropped
 * in the execution's folder, the running process picks it up, and this command waits to see it
 * recorded.
 */
abstract class DecisionCommand implements Callable<Integer> {

    private static final Duration CONFIRM_WITHIN = Duration.ofSeconds(15);

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "The execution id (or a unique start of it).")
    String executionId;

    @Parameters(index = "1", paramLabel = "STAGE/ACTION", description = "The approval gate.")
    String gate;

    @Option(names = {"-m", "--comment"}, paramLabel = "TEXT", description = "Why; kept in the execution's record.")
    String comment = "";

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: your user name).")
    String by = System.getProperty("user.name", "someone");

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    abstract boolean approve();

    @Override
    public Integer call() throws IOException, InterruptedException {
        int slash = gate.indexOf('/');
        if (slash <= 0 || slash == gate.length() - 1) {
            throw new UserError("name the gate as STAGE/ACTION, e.g. Release/Approve; got '" + gate + "'");
        }
        String stage = gate.substring(0, slash);
        String action = gate.substring(slash + 1);
        ExecutionFolder folder = Executions.find(runsDir, executionId);
        ExecutionRecord record = Executions.record(runsDir, folder);
        ActionRecord gateRecord = record.action(stage, action).orElseThrow(() -> new UserError("execution "
                + record.executionId() + " has no action '" + gate + "'"));
        ActionRecord.Approval decided = gateRecord.approval();
        if (gateRecord.status() != ActionStatus.WAITING && decided != null && decided.isDecided()) {
            throw lost(record.executionId(), decided.decision().equals("Approved"), decided.by(), decided.decidedAt(),
                    decided.comment());
        }
        if (gateRecord.status() != ActionStatus.WAITING) {
            throw new UserError("'" + gate + "' of execution " + record.executionId() + " is not waiting for approval (it is "
                    + gateRecord.status().displayName() + ", the execution is " + record.status().displayName() + ")");
        }
        if (!folder.isRunning()) {
            throw new UserError("execution " + record.executionId() + " is not running in any process any more");
        }
        var mine = new ApprovalDecision(approve(), by, Instant.now(), comment);
        var waiting = ApprovalFiles.drop(folder, stage, action, mine);
        if (waiting.isPresent()) {
            ApprovalDecision first = waiting.get();
            throw lost(record.executionId(), first.approved(), first.by(), first.at(), first.comment());
        }
        Instant deadline = Instant.now().plus(CONFIRM_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            var now = folder.tryReadRecord().flatMap(r -> r.action(stage, action)).map(ActionRecord::approval);
            if (now.isPresent() && now.get().isDecided()) {
                ActionRecord.Approval taken = now.get();
                if (!isMine(taken, mine)) {
                    ApprovalFiles.withdraw(folder, stage, action, mine);
                    throw lost(record.executionId(), taken.decision().equals("Approved"), taken.by(),
                            taken.decidedAt(), taken.comment());
                }
                spec.commandLine().getOut().println(taken.decision() + " " + gate + " of execution "
                        + record.executionId() + " (by " + taken.by() + ")");
                return PipewrightCommand.OK;
            }
            Thread.sleep(200);
        }
        spec.commandLine().getOut().println("The decision is left for execution " + record.executionId()
                + "; it has not been taken up yet (is the process running it busy or stopped?).");
        return PipewrightCommand.OK;
    }

    private static boolean isMine(ActionRecord.Approval taken, ApprovalDecision mine) {
        return taken.decision().equals(mine.approved() ? "Approved" : "Rejected") && mine.by().equals(taken.by())
                && mine.at().equals(taken.decidedAt());
    }

    /** Someone else decided first (another shell, the window, the terminal of the run). */
    private UserError lost(String executionId, boolean approved, String who, Instant at, String theirComment) {
        return new UserError(gate + " of execution " + executionId + " was already " + (approved ? "approved" : "rejected")
                + " by " + who + (at == null ? "" : " at " + at) + (theirComment == null || theirComment.isBlank() ? ""
                : " (\"" + theirComment + "\")") + "; your " + (approve() ? "approval" : "rejection")
                + " was not taken", PipewrightCommand.FAILED);
    }
}
