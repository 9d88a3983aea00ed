package dev.pipewright.ui;

import dev.pipewright.interop.InteropFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the import and export file choosers offer for each format: the kinds of file to list, and
 * where and under which name an export goes unless the person says otherwise. Plain data, so it
 * is tested without a window.
 */
final class InteropFileKinds {

    /** A file chooser's filter: its description and glob patterns. */
    record Kind(String description, List<String> patterns) {
    }

    /** Where the export chooser starts: a folder (when one is known) and a file name. */
    record Suggestion(Optional<Path> folder, String fileName) {
    }

    static final Kind ANY_FILE = new Kind("All files", List.of("*"));

    private InteropFileKinds() {
    }

    /** The files an import of {@code format} reads. */
    static Kind of(InteropFormat format) {
        return switch (format) {
            case CODEPIPELINE -> new Kind("CodePipeline declaration (*.json)", List.of("*.json"));
            case GITHUB -> new Kind("GitHub Actions workflow (*.yml, *.yaml)", List.of("*.yml", "*.yaml"));
            case GITLAB -> new Kind("GitLab CI file (.gitlab-ci.yml, *.yml)", List.of("*.gitlab-ci.yml", "*.yml",
                    "*.yaml"));
        };
    }

    /**
     * Where an export of {@code pipelineName} to {@code format} goes by default: next to the
     * pipeline ({@code near}, its file's folder), in {@code .github/workflows} for a workflow when
     * that folder exists there, named as each system expects.
     */
    static Suggestion exportTarget(InteropFormat format, String pipelineName, Optional<Path> near) {
        return switch (format) {
            case CODEPIPELINE -> new Suggestion(near, pipelineName + ".codepipeline.json");
            case GITHUB -> new Suggestion(near.map(f -> f.resolve(".github").resolve("workflows"))
                    .filter(Files::isDirectory).or(() -> near), pipelineName + ".yml");
            case GITLAB -> new Suggestion(near, ".gitlab-ci.yml");
        };
    }

    /** Where an import of {@code format} starts looking: the workflows folder for GitHub, when there is one. */
    static Optional<Path> importFolder(InteropFormat format, Optional<Path> near) {
        if (format == InteropFormat.GITHUB) {
            return near.map(f -> f.resolve(".github").resolve("workflows")).filter(Files::isDirectory).or(() -> near);
        }
        return near;
    }
}
