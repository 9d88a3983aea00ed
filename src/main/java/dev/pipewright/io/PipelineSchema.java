package dev.pipewright.io;

/** TEMPORARY stub, replaced on merge. */
public final class PipelineSchema {
    private PipelineSchema() {
    }

    public static String generate(dev.pipewright.model.ProviderCatalog catalog) {
        throw new UnsupportedOperationException();
    }
}
