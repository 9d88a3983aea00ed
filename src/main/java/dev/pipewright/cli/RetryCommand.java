package dev.pipewright.cli;

import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.RetryMode;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.ChangesSince;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        sayWhatChangedSince(spec.commandLine().getErr());
        return new RunSession(options, runsDir, spec.commandLine().getOut(), spec.commandLine().getErr())
                .run(engine -> RunSession.startOrExplain(
                        () -> engine.resume(executionId, stage, mode, options.allVariables(), options.nonLocalActions())));
    }

    /**
     * A retry runs the execution's own copy of the pipeline, as CodePipeline's does; if the file it
     * came from has changed since in the part that runs again, say so before retrying, so nobody
     * waits for a fix that is not in the run.
     */
    private void sayWhatChangedSince(PrintWriter err) {
        ExecutionFolder folder;
        ExecutionRecord record;
        try {
            folder = runsDir.store().find(executionId);
            record = runsDir.store().recover(folder).orElse(null);
        } catch (IllegalArgumentException e) {
            return; // resuming names the problem
        }
        if (record == null || record.pipelineFile() == null || !Files.isRegularFile(Path.of(record.pipelineFile()))) {
            return;
        }
        try {
            ChangesSince changes = ChangesSince.of(PipelineFiles.read(folder.snapshotFile()),
                    PipelineFiles.read(Path.of(record.pipelineFile())), stage);
            if (!changes.isEmpty()) {
                err.println("Note: " + record.pipelineFile() + " changed since execution " + record.executionId()
                        + " started (" + changes.sentence() + "). A retry runs the stage as that execution ran it;"
                        + " to run your changes, start a new execution: pipewright run " + record.pipelineFile());
                err.flush();
            }
        } catch (PipelineFileException e) {
            // the file no longer reads: the retry does not need it, and `run` would name its errors
        }
    }
}
