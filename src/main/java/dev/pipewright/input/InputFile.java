package dev.pipewright.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one way a file a person names (a pipeline, a CI file to import) is read: only a regular
 * file, only up to {@link #MAX_BYTES}, only UTF-8 text. A device such as {@code /dev/zero}, a
 * pipe that never ends or a file of gigabytes is refused in words before anything is read into
 * memory, instead of hanging or running out of memory.
 */
public final class InputFile {

    /** Far above any real pipeline or CI file (a few KB), and above the parser's own 20 MB text limit. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final int MAX_LINK_HOPS = 40;

    private InputFile() {
    }

    /**
     * The file's text (a leading byte order mark kept, for the format reader to judge).
     *
     * @param what how to name what the person should give instead, e.g. "a *.pipeline.json file"
     */
    public static String readText(Path file, String what) throws UnreadableInputException {
        String name = file.toString();
        refuseLinkLoop(file, name);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw refused(name, "this is a symbolic link to a file that does not exist; point it at "
                        + what + " or name that file");
            }
            throw refused(name, "there is no such file; check the path");
        } catch (AccessDeniedException e) {
            throw refused(name, "cannot read the file: permission denied; check its permissions");
        } catch (FileSystemException e) {
            throw refused(name, describe(e));
        } catch (IOException e) {
            throw refused(name, "cannot read the file (" + e.getMessage() + ")");
        }
        if (attributes.isDirectory()) {
            throw refused(name, "this is a folder, not a file; name " + what);
        }
        if (!attributes.isRegularFile()) {
            throw refused(name, "this is not a regular file (a device, pipe or socket, which may never end); "
                    + "save the content to a file and name that");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(name, attributes.size());
        }
        return utf8(readBounded(file, name), name);
    }

    /** At most {@link #MAX_BYTES}, even when the file grows while it is read. */
    private static byte[] readBounded(Path file, String name) throws UnreadableInputException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(name, bytes.length);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw refused(name, "cannot read the file: permission denied; check its permissions");
        } catch (FileSystemException e) {
            throw refused(name, describe(e));
        } catch (IOException e) {
            throw refused(name, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Follows the chain of links by hand, so that a loop is named as one instead of "no such file". */
    private static void refuseLinkLoop(Path file, String name) throws UnreadableInputException {
        Set<Path> seen = new HashSet<>();
        List<String> chain = new ArrayList<>();
        Path current = file.toAbsolutePath().normalize();
        for (int hop = 0; hop <= MAX_LINK_HOPS && Files.isSymbolicLink(current); hop++) {
            chain.add(current.toString());
            if (!seen.add(current)) {
                throw refused(name, "the symbolic links loop (" + String.join(" -> ", chain)
                        + "); point the link at a real file");
            }
            try {
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).normalize();
            } catch (IOException e) {
                return; // the attributes read that follows says what is wrong
            }
        }
    }

    private static String describe(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.toLowerCase(Locale.ROOT).contains("symbolic link")) {
            return "the symbolic links on this path loop (" + reason + "); point the link at a real file";
        }
        return "cannot read the file" + (reason.isEmpty() ? "" : " (" + reason + ")") + "; check the path";
    }

    private static UnreadableInputException tooLarge(String name, long size) {
        return refused(name, "the file is " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
                + " Pipewright reads (pipeline and CI files are a few KB); check that this is the file you meant");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 100 ? String.format(Locale.ROOT, "%,.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb)
                .replace(".0 MB", " MB");
    }

    private static String utf8(byte[] bytes, String name) throws UnreadableInputException {
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
            throw new UnreadableInputException(name, InputProblem.at(new InputPosition(line, offset - lineStart + 1),
                    String.format("the file is not UTF-8 text (byte 0x%02X here); save it as UTF-8",
                            bytes[offset] & 0xFF)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static UnreadableInputException refused(String name, String message) {
        return new UnreadableInputException(name, InputProblem.about(message));
    }
}
