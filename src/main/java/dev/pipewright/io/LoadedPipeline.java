package dev.pipewright.io;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import java.util.Objects;

/**
 * A pipeline as read from a file, with the positions of its parts.
 *
 * @param file the file's path as given, or the name passed with its content
 */
public record LoadedPipeline(String file, Pipeline pipeline, SourceMap sourceMap) {

    public LoadedPipeline {
        Objects.requireNonNull(file);
        Objects.requireNonNull(pipeline);
        Objects.requireNonNull(sourceMap);
    }

    /**
     * A validation problem the way compilers print one:
     * {@code ci.pipeline.json:12:9: error: The runOrder ... (fix: use 1 to run first)}.
     */
    public String format(Problem problem) {
        String where = sourceMap.find(problem.location()).map(p -> ":" + p.line() + ":" + p.column()).orElse("");
        String severity = problem.isError() ? "error" : "warning";
        return file + where + ": " + severity + ": " + problem.message()
                + problem.fix().map(f -> " (fix: " + f + ")").orElse("");
    }
}
