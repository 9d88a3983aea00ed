package dev.pipewright.interop;

import java.util.Arrays;
import java.util.Optional;

/** The CI systems a pipeline can be imported from and exported to. */
public enum InteropFormat {
    CODEPIPELINE("codepipeline", "AWS CodePipeline"),
    GITHUB("github", "GitHub Actions"),
    GITLAB("gitlab", "GitLab CI");

    private final String id;
    private final String displayName;

    InteropFormat(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used on the command line: {@code codepipeline}, {@code github}, {@code gitlab}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<InteropFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }
}
