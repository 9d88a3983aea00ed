package dev.pipewright.cli;

import dev.pipewright.interop.Exported;
import dev.pipewright.interop.Interop;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.io.AtomicFile;
import dev.pipewright.io.LoadedPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            throw new UserError(e.getMessage());
        }
        List<Map.Entry<Path, String>> targets = targets(exported);
        targets.forEach(t -> InteropFiles.refuseOverwrite(t.getKey(), force));
        for (var target : targets) {
            try {
                Files.createDirectories(target.getKey().toAbsolutePath().getParent());
                AtomicFile.writeString(target.getKey(), target.getValue());
            } catch (IOException e) {
                throw new UserError("cannot write " + target.getKey() + ": " + e.getMessage());
            }
            out.println("Wrote " + target.getKey());
        }
        InteropFiles.printReport(exported.report(), out);
        return PipewrightCommand.OK;
    }

    /** The main file at OUT, the others by their relative paths from OUT's folder. */
    private List<Map.Entry<Path, String>> targets(Exported exported) {
        Path folder = output.toAbsolutePath().getParent();
        var targets = new ArrayList<Map.Entry<Path, String>>();
        boolean first = true;
        for (var entry : exported.files().entrySet()) {
            targets.add(Map.entry(first ? output : folder.resolve(entry.getKey()), entry.getValue()));
            first = false;
        }
        return targets;
    }
}
