package dev.pipewright.cli;

import dev.pipewright.interop.Imported;
import dev.pipewright.interop.Interop;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.SourceFile;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Read another CI system's pipeline into a Pipewright pipeline file.",
            "Prints what did not carry over, then checks the result as 'validate' does."})
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "codepipeline|github|gitlab",
            description = "The format of FILE.")
    String from;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The file to read, e.g. the output of 'aws codepipeline get-pipeline'.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pipeline.json",
            description = "The pipeline file to write.")
    Path output;

    @Option(names = "--force", description = "Overwrite OUT if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        InteropFormat format = InteropFiles.format(from);
        InteropFiles.refuseOverwrite(output, force);
        Imported imported;
        try {
            imported = Interop.importer(format).read(SourceFile.read(file), file.toString());
        } catch (InteropException e) {
            throw new UserError(e.getMessage());
        }
        try {
            PipelineFiles.save(imported.pipeline(), output);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        out.println("Imported " + file + " (" + format.displayName() + ") into " + output);
        InteropFiles.printReport(imported.report(), out);
        try {
            if (PipelineLoading.printProblems(PipelineFiles.load(output), RunSession.providers(), err)) {
                err.println("pipewright: " + output + " was written, but has the errors above; fix them before "
                        + "running it");
                return PipewrightCommand.BAD_INPUT;
            }
        } catch (PipelineFileException e) {
            throw new UserError(output + " was written but cannot be read back: " + e.getMessage(),
                    PipewrightCommand.INTERNAL);
        }
        return PipewrightCommand.OK;
    }
}
