package dev.pipewright.interop;

import dev.pipewright.interop.codepipeline.CodePipelineExporter;
import dev.pipewright.interop.codepipeline.CodePipelineImporter;
import dev.pipewright.interop.github.GitHubExporter;
import dev.pipewright.interop.github.GitHubImporter;
import dev.pipewright.interop.gitlab.GitLabExporter;
import dev.pipewright.interop.gitlab.GitLabImporter;

/** The importer and exporter of each format. */
public final class Interop {

    private Interop() {
    }

    /** @throws InteropException kept for formats a build may leave out; every format is in this one */
    public static PipelineImporter importer(InteropFormat format) throws InteropException {
        return switch (format) {
            case CODEPIPELINE -> new CodePipelineImporter();
            case GITHUB -> new GitHubImporter();
            case GITLAB -> new GitLabImporter();
        };
    }

    /** @throws InteropException kept for formats a build may leave out; every format is in this one */
    public static PipelineExporter exporter(InteropFormat format) throws InteropException {
        return switch (format) {
            case CODEPIPELINE -> new CodePipelineExporter();
            case GITHUB -> new GitHubExporter();
            case GITLAB -> new GitLabExporter();
        };
    }
}
