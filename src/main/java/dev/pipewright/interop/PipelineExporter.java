package dev.pipewright.interop;

import dev.pipewright.model.Pipeline;

/** Writes a Pipewright pipeline as another CI system's files. */
public interface PipelineExporter {

    Exported write(Pipeline pipeline) throws InteropException;
}
