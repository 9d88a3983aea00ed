package dev.pipewright.io;

import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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
        if (Files.isDirectory(file)) {
            throw fileError(name, "this is a folder, not a pipeline file; name a *.pipeline.json file");
        }
        if (!Files.exists(file)) {
            throw fileError(name, "there is no such file; check the path"
                    + (file.toString().endsWith(".json") ? "" : " (pipeline files end in .pipeline.json)"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw fileError(name, "cannot read the file: permission denied; check its permissions");
        } catch (IOException e) {
            throw fileError(name, "cannot read the file: " + e.getMessage());
        }
        return load(utf8(bytes, name), name);
    }

    public static LoadedPipeline load(String content, String displayName) throws PipelineFileException {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // a BOM some editors add
        if (text.isBlank()) {
            throw fileError(displayName, "the file is empty; a pipeline file starts with "
                    + "{ \"schemaVersion\": " + PipelineFormat.SCHEMA_VERSION + ", \"pipeline\": { ... } }");
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

    private static String utf8(byte[] bytes, String name) throws PipelineFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new PipelineFileException(new FileError(name, Optional.of(new TextPosition(line, offset - lineStart + 1)),
                    String.format("the file is not UTF-8 text (byte 0x%02X here); save it as UTF-8", bytes[offset] & 0xFF)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static PipelineFileException fileError(String file, String message) {
        return new PipelineFileException(new FileError(file, Optional.empty(), message));
    }
}
