package dev.pipewright.cli;

import dev.pipewright.engine.RetryMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "retry", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Retry a failed or stopped stage of an execution and go on from there, in this process.",
            "Its failed actions run again (all of them with --all); earlier results are kept."})
final class RetryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "The execution id (or a unique start of it).")
    String executionId;

    @Parameters(index = "1", paramLabel = "STAGE", description = "The stage to retry.")
    String stage;

    @Option(names = "--all", description = "Run every action of the stage again, not only the failed ones.")
    boolean all;

    @Mixin
    RunOptions options;

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RetryMode mode = all ? RetryMode.ALL_ACTIONS : RetryMode.FAILED_ACTIONS;
        return new RunSession(options, runsDir, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(engine -> RunSession.startOrExplain(
                        () -> engine.resume(executionId, stage, mode, options.allVariables(), options.nonLocalActions())));
    }
}
