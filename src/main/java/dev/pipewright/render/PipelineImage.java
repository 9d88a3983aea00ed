package dev.pipewright.render;

import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Writes a pipeline's diagram to a file whose extension, .svg or .png, chooses the format. */
public final class PipelineImage {

    private PipelineImage() {
    }

    /**
     * What was written: the picture's size in pixels (layout units for SVG) and the scale it was
     * drawn at, which is below the one asked for when a PNG would have been too large.
     */
    public record Written(int width, int height, double askedScale, double scale) {
        public boolean scaledDown() {
            return scale < askedScale;
        }
    }

    /**
     * Writes the image next to {@code output} and moves it there when complete, so a failure leaves
     * no half-written image.
     *
     * @throws IllegalArgumentException when the extension is neither .svg nor .png
     */
    public static Written write(Pipeline pipeline, Path output, boolean dark, ProviderCatalog catalog, double scale)
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
        Path partial = output.resolveSibling("." + output.getFileName() + ".partial");
        try {
            Written written;
            if (svg) {
                try (var out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        StandardCharsets.UTF_8))) {
                    SvgImage.write(layout, theme, catalog, out);
                }
                written = new Written((int) Math.ceil(layout.width()), (int) Math.ceil(layout.height()), 1, 1);
            } else {
                var image = PngImage.render(layout, theme, catalog, scale);
                if (!ImageIO.write(image, "png", partial.toFile())) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
                written = new Written(image.getWidth(), image.getHeight(), scale,
                        PngImage.fittingScale(layout, scale));
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
