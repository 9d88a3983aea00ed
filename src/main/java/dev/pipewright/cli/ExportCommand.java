package dev.pipewright.cli;

import dev.pipewright.interop.ExportTargets;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.Interop;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.io.AtomicFile;
import dev.pipewright.io.LoadedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write a Pipewright pipeline as another CI system's files.",
            "The main file goes to OUT, others (buildspecs) next to it; what did not carry over is printed."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "codepipeline|github|gitlab",
            description = "The format to write.")
    String to;

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file (*.pipeline.json).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The main file to write; other files go to its folder.")
    Path output;

    @Option(names = "--force", description = "Overwrite files that exist.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        InteropFormat format = InteropFiles.format(to);
        LoadedPipeline loaded = PipelineLoading.read(file, err);
        if (loaded == null) {
            return PipewrightCommand.BAD_INPUT;
        }
        if (PipelineLoading.printProblems(loaded, RunSession.providers(), err)) {
            err.println("pipewright: not exporting " + file + ": fix the errors above first");
            return PipewrightCommand.BAD_INPUT;
        }
        Exported exported;
        try {
            exported = Interop.exporter(format).write(loaded.pipeline());
        } catch (InteropException e) {
            // the pipeline is valid; the target cannot express it
            throw new UserError(e.getMessage(), PipewrightCommand.FAILED);
        }
        ExportTargets targets = ExportTargets.of(exported, output);
        targets.paths().forEach(t -> InteropFiles.refuseOverwrite(t, force));
        for (var target : targets.files()) {
            try {
                Files.createDirectories(target.path().toAbsolutePath().getParent());
                AtomicFile.writeString(target.path(), target.text());
            } catch (IOException e) {
                throw new UserError("cannot write " + target.path() + ": " + e.getMessage());
            }
            out.println("Wrote " + target.path());
        }
        InteropFiles.printReport(exported.report(), out);
        return PipewrightCommand.OK;
    }
}
