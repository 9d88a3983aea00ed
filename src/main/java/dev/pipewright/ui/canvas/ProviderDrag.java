package dev.pipewright.ui.canvas;

import dev.pipewright.model.ProviderSpec;
import javafx.scene.input.DataFormat;

/** What the palette puts on the dragboard so that the canvas understands the drop. */
public final class ProviderDrag {

    /** Holds {@code "Category/ProviderId"} (e.g. {@code "Build/Shell"}) or {@link #STAGE}. */
    public static final DataFormat FORMAT = format("application/x-pipewright-provider");

    /** The payload of the palette's "new stage" entry. */
    public static final String STAGE = "Stage";

    private ProviderDrag() {
    }

    public static String payload(ProviderSpec provider) {
        return provider.category().displayName() + "/" + provider.id();
    }

    // a DataFormat may be created once per JVM; reuse one another class made first
    private static DataFormat format(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
