package dev.pipewright.engine;

import dev.pipewright.io.AtomicFile;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.io.IOException;

/** The pipeline exactly as an execution ran it, kept in its folder for retries and history. */
final class Snapshots {
    private Snapshots() {
    }

    static void write(ExecutionFolder folder, Pipeline pipeline) throws IOException {
        AtomicFile.writeString(folder.snapshotFile(), PipelineFiles.write(pipeline));
    }

    static Pipeline read(ExecutionFolder folder) throws IOException {
        try {
            return PipelineFiles.read(folder.snapshotFile());
        } catch (PipelineFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
