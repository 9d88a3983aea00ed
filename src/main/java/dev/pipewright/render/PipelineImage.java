package dev.pipewright.render;

import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writes a pipeline's diagram to a file whose extension, .svg or .png, chooses the format. */
public final class PipelineImage {

    private PipelineImage() {
    }

    /**
     * @throws IllegalArgumentException when the extension is neither .svg nor .png
     */
    public static void write(Pipeline pipeline, Path output, boolean dark, ProviderCatalog catalog, double scale)
            throws IOException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException(output + ": say which image to write with the extension: .svg or .png");
        }
        var layout = PipelineLayout.of(pipeline);
        var theme = dark ? RenderTheme.dark() : RenderTheme.light();
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (svg) {
            Files.writeString(output, SvgImage.render(layout, theme, catalog), StandardCharsets.UTF_8);
        } else if (!ImageIO.write(PngImage.render(layout, theme, catalog, scale), "png", output.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
