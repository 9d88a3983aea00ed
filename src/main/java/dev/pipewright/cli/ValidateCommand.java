package dev.pipewright.cli;

import dev.pipewright.io.LoadedPipeline;
import dev.pipewright.model.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check pipeline files without running them; problems are printed as FILE:LINE:COLUMN.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pipeline files to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            LoadedPipeline loaded = PipelineLoading.read(file, err);
            if (loaded == null || PipelineLoading.printProblems(loaded, RunSession.providers(), err)) {
                allValid = false;
                continue;
            }
            var pipeline = loaded.pipeline();
            int actions = pipeline.stages().stream().mapToInt(s -> s.actions().size()).sum();
            out.println(file + ": ok (" + pipeline.name() + ": " + pipeline.stages().size() + " stages, " + actions
                    + " actions: " + pipeline.stages().stream().map(Stage::name).toList() + ")");
        }
        err.flush();
        return allValid ? PipewrightCommand.OK : PipewrightCommand.BAD_INPUT;
    }
}
