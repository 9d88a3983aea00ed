package dev.pipewright.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An execution's folder is its owner's alone (0700): its logs, artifacts and working folders are
 * a build's insides, which other users of the machine have no business reading.
 */
final class PrivateFolder {

    private PrivateFolder() {
    }

    /** Makes {@code dir} readable by its owner only, where the file system has POSIX permissions. */
    static void restrict(Path dir) throws IOException {
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
