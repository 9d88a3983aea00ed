package dev.pipewright.io;

import dev.pipewright.input.InputFile;
import dev.pipewright.input.InputProblem;
import dev.pipewright.input.UnreadableInputException;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@code *.pipeline.json} files (the format is described in
 * {@link PipelineFormat}). Reading never throws anything but {@link PipelineFileException}, whose
 * errors say the file, line, column and what to do.
 */
public final class PipelineFiles {

    private PipelineFiles() {
    }

    public static Pipeline read(Path file) throws PipelineFileException {
        return load(file).pipeline();
    }

    /** @param displayName how to name the content in errors, e.g. a path or {@code <stdin>} */
    public static Pipeline read(String content, String displayName) throws PipelineFileException {
        return load(content, displayName).pipeline();
    }

    /** Reads a file, keeping where each part stands so that validation problems can be located. */
    public static LoadedPipeline load(Path file) throws PipelineFileException {
        String name = file.toString();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw fileError(name, "there is no such file; check the path"
                    + (file.toString().endsWith(".json") ? "" : " (pipeline files end in .pipeline.json)"));
        }
        try {
            return load(InputFile.readText(file, "a *.pipeline.json file"), name);
        } catch (UnreadableInputException e) {
            InputProblem problem = e.problem();
            throw new PipelineFileException(new FileError(name,
                    problem.position().map(p -> new TextPosition(p.line(), p.column())), problem.message()));
        }
    }
    public static LoadedPipeline load(String content, String displayName) throws PipelineFileException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // a BOM some editors add
        if (text.isBlank()) {
            throw new PipelineFileException(new FileError(displayName, Optional.of(new TextPosition(1, 1)),
                    "the file is empty; a pipeline file starts with "
                    + "{ \"schemaVersion\": " + PipelineFormat.SCHEMA_VERSION + ", \"pipeline\": { ... } }"));
        }
        LocatedJson.Tree tree = LocatedJson.parse(text, displayName);
        var decoding = new Decoding(displayName, tree.positions());
        Optional<Pipeline> pipeline = PipelineDecoder.decode(tree.root(), decoding);
        if (!decoding.errors().isEmpty() || pipeline.isEmpty()) {
            throw new PipelineFileException(decoding.errors());
        }
        return new LoadedPipeline(displayName, pipeline.get(), tree.positions().under(PipelineFormat.PIPELINE));
    }

    /** The file's text: same pipeline, same bytes. */
    public static String write(Pipeline pipeline) {
        return JsonText.pretty(PipelineEncoder.document(pipeline));
    }

    /** Writes the pipeline to {@code file} atomically: the old file stays whole if anything fails. */
    public static void save(Pipeline pipeline, Path file) throws IOException {
        AtomicFile.writeString(file, write(pipeline));
    }

    private static PipelineFileException fileError(String file, String message) {
        return new PipelineFileException(new FileError(file, Optional.empty(), message));
    }
}
