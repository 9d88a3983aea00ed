package dev.pipewright.interop;

import dev.pipewright.interop.codepipeline.CodePipelineExporter;
import dev.pipewright.interop.codepipeline.CodePipelineImporter;

/** The importer and exporter of each format in this build. */
public final class Interop {

    private Interop() {
    }

    public static PipelineImporter importer(InteropFormat format) throws InteropException {
        return switch (format) {
            case CODEPIPELINE -> new CodePipelineImporter();
            case GITHUB, GITLAB -> throw notInThisBuild(format);
        };
    }

    public static PipelineExporter exporter(InteropFormat format) throws InteropException {
        return switch (format) {
            case CODEPIPELINE -> new CodePipelineExporter();
            case GITHUB, GITLAB -> throw notInThisBuild(format);
        };
    }

    private static InteropException notInThisBuild(InteropFormat format) {
        return new InteropException(format.displayName() + " (" + format.id() + ") is not in this build of "
                + "Pipewright yet; use codepipeline");
    }
}
