package dev.pipewright.cli;

import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.io.LoadedPipeline;
import dev.pipewright.learn.LessonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lesson", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a pipeline and one of its executions as one HTML page for a class: the diagram with",
            "each action's status, a timeline, the ideas it shows explained, and each action's log. It opens in",
            "any browser, with no network."})
final class LessonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file.")
    Path file;

    @Option(names = "--execution", paramLabel = "ID",
            description = "Which execution (its id, or a unique start of it); default: the latest.")
    String execution;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The HTML file to write.")
    Path output;

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        LoadedPipeline loaded = PipelineLoading.read(file, err);
        if (loaded == null) {
            err.flush();
            return PipewrightCommand.BAD_INPUT;
        }
        String name = loaded.pipeline().name();
        var store = runsDir.store();
        ExecutionFolder folder;
        if (execution != null) {
            try {
                folder = store.find(execution);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        } else {
            folder = store.folders(Optional.of(name)).stream().findFirst().orElseThrow(() -> new UserError(
                    "pipeline '" + name + "' has no executions in " + runsDir.resolve() + " yet: run it first (pipewright run "
                            + file + ", or with --simulate), then write its lesson"));
        }
        ExecutionRecord record = store.recover(folder).orElseThrow(() -> new UserError("cannot read the record of "
                + "execution " + folder.executionId() + " (" + folder.recordFile() + ")"));
        if (!record.pipelineName().equals(name)) {
            throw new UserError("execution " + record.executionId() + " is of pipeline '" + record.pipelineName()
                    + "', not of '" + name + "' in " + file);
        }
        try {
            LessonWriter.write(LessonWriter.pipelineOf(folder, loaded.pipeline()), record, folder, RunSession.providers(),
                    output);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + output + ": the lesson of execution " + record.executionId()
                + " (" + record.status().displayName() + (record.isSimulated() ? ", simulated" : "") + ") of " + name);
        return PipewrightCommand.OK;
    }
}
