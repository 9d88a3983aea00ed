package dev.pipewright.interop;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The file a person asked to import, read as text, with messages that say what to do when it
 * cannot be read; the command line and the window say the same.
 */
public final class SourceFile {

    private SourceFile() {
    }

    public static String read(Path file) throws InteropException {
        if (Files.isDirectory(file)) {
            throw new InteropException(file + ": this is a folder; name the file to import");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InteropException(file + ": there is no such file; check the path");
        } catch (AccessDeniedException e) {
            throw new InteropException(file + ": you may not read it; check its permissions");
        } catch (CharacterCodingException e) {
            throw new InteropException(file + ": this is not a text file in UTF-8; choose the pipeline's "
                    + "JSON or YAML file");
        } catch (IOException e) {
            throw new InteropException(file + ": cannot read it: " + e.getMessage());
        }
    }
}
