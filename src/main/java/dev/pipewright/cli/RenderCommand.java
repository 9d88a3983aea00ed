package dev.pipewright.cli;

import dev.pipewright.io.LoadedPipeline;
import dev.pipewright.render.PipelineImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Draw a pipeline as an SVG or PNG image, as the canvas shows it.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file to draw.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The image to write; its extension (.svg or .png) chooses the format.")
    Path output;

    @Option(names = "--dark", description = "Use the dark theme's colours.")
    boolean dark;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "FACTOR",
            description = "Pixels per canvas unit for PNG (2 for high-density screens); default: ${DEFAULT-VALUE}.")
    double scale;

    @Spec
    CommandSpec spec;

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (scale <= 0 || scale > 8) {
            throw new UserError("--scale must be above 0 and at most 8, not " + scale);
        }
        LoadedPipeline loaded = PipelineLoading.read(file, err);
        if (loaded == null) {
            err.flush();
            return PipewrightCommand.BAD_INPUT;
        }
        PipelineImage.Written written;
        try {
            written = PipelineImage.write(loaded.pipeline(), output, dark, RunSession.providers(), scale);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (written.scaledDown()) {
            err.printf(java.util.Locale.ROOT, "pipewright: %s: the diagram is too large for one picture at scale %s;"
                    + " drawn at scale %.3f (%,d × %,d pixels, at most %,d pixels in all). For every detail, write"
                    + " an .svg instead.%n", output, RenderCommand.plain(scale), written.scale(), written.width(),
                    written.height(), dev.pipewright.render.PngImage.MAX_PIXELS);
            err.flush();
        }
        spec.commandLine().getOut().println("Wrote " + output);
        return PipewrightCommand.OK;
    }
}
