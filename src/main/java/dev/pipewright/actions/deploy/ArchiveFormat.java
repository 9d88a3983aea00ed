package dev.pipewright.actions.deploy;

import java.util.Arrays;
import java.util.Optional;

/** The archive formats the Archive deploy action writes. */
enum ArchiveFormat {
    ZIP("zip", ".zip"),
    TAR_GZ("tar.gz", ".tar.gz");

    private final String word;
    private final String extension;

    ArchiveFormat(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    static String[] words() {
        return Arrays.stream(values()).map(f -> f.word).toArray(String[]::new);
    }

    static Optional<ArchiveFormat> fromWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }
}
