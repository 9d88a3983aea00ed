package dev.pipewright.interop;

/** Reads another CI system's pipeline file into a Pipewright pipeline. */
public interface PipelineImporter {

    /**
     * @param text     the file's content
     * @param fileName the file's name, for messages and for a pipeline name when the file has none
     */
    Imported read(String text, String fileName) throws InteropException;
}
