package dev.pipewright.cli;

import dev.pipewright.actions.Providers;
import dev.pipewright.io.LoadedPipeline;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Reads and validates a pipeline file for a command, printing located problems. */
final class PipelineLoading {
    private PipelineLoading() {
    }

    /** Reads {@code file}; prints its errors and returns null when it cannot be read. */
    static LoadedPipeline read(Path file, PrintWriter err) {
        try {
            return PipelineFiles.load(file);
        } catch (PipelineFileException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** Validates; prints every problem located in the file; returns whether there are errors. */
    static boolean printProblems(LoadedPipeline loaded, Providers providers, PrintWriter err) {
        Path folder = Path.of(loaded.file()).toAbsolutePath().getParent();
        List<Problem> problems = PipelineValidator.validate(loaded.pipeline(), providers, folder);
        for (Problem p : problems) {
            err.println(loaded.format(p));
        }
        return problems.stream().anyMatch(Problem::isError);
    }
}
