package dev.pipewright.interop;

import dev.pipewright.input.InputFile;
import dev.pipewright.input.UnreadableInputException;
import java.nio.file.Path;

/**
 * The file a person asked to import, read as text through {@link InputFile} (a regular file,
 * of a sane size, in UTF-8), with messages that say what to do when it cannot be read; the
 * command line and the window say the same.
 */
public final class SourceFile {

    private SourceFile() {
    }

    public static String read(Path file) throws InteropException {
        try {
            return InputFile.readText(file, "the pipeline's JSON or YAML file");
        } catch (UnreadableInputException e) {
            throw new InteropException(e.getMessage());
        }
    }
}
