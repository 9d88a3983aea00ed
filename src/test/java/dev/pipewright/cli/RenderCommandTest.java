package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.io.PipelineFiles;
import dev.pipewright.layout.PipelineLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheHelloExampleAsSvgAndPng() throws Exception {
        Path svg = dir.resolve("hello.svg");
        var cli = Cli.run("render", "examples/hello.pipeline.json", "-o", svg.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        assertTrue(Files.readString(svg).contains("<svg"), cli.all());

        Path png = dir.resolve("out/hello.png");
        cli = Cli.run("render", "examples/hello.pipeline.json", "-o", png.toString(), "--dark");
        assertEquals(0, cli.exitCode(), cli.all());
        var image = ImageIO.read(png.toFile());
        var layout = PipelineLayout.of(PipelineFiles.read(Path.of("examples/hello.pipeline.json")));
        assertEquals((int) Math.ceil(layout.width()), image.getWidth());
        assertEquals((int) Math.ceil(layout.height()), image.getHeight());
    }

    @Test
    void anUnknownImageTypeIsABadInput() {
        var cli = Cli.run("render", "examples/hello.pipeline.json", "-o", dir.resolve("x.gif").toString());
        assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode());
        assertTrue(cli.err().contains(".svg or .png"), cli.all());
    }

    /** 2,000 actions at scale 1 would be 60,752 × 9,544 pixels (2.3 GB): the picture is drawn smaller, and says so. */
    @Test
    void aHugePipelineIsDrawnWithinThePixelCapAndTheSvgHasEveryCard() throws Exception {
        Path file = dir.resolve("big.pipeline.json");
        PipelineFiles.save(dev.pipewright.bench.GeneratePipeline.ofActions(2000), file);
        var layout = PipelineLayout.of(PipelineFiles.read(file));
        assertTrue(layout.width() * layout.height() > dev.pipewright.render.PngImage.MAX_PIXELS, "not large enough");

        Path png = dir.resolve("big.png");
        var cli = Cli.run("render", file.toString(), "-o", png.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        assertTrue(cli.err().contains("too large for one picture at scale 1") && cli.err().contains(".svg"), cli.all());
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        try (var in = ImageIO.createImageInputStream(png.toFile())) {
            reader.setInput(in);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            assertTrue(pixels <= dev.pipewright.render.PngImage.MAX_PIXELS, pixels + " pixels");
            assertEquals(layout.width() / layout.height(), (double) reader.getWidth(0) / reader.getHeight(0), 0.01);
        } finally {
            reader.dispose();
        }
        assertEquals(1, Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".png")).count(),
                "no partial file left");

        Path svg = dir.resolve("big.svg");
        cli = Cli.run("render", file.toString(), "-o", svg.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        assertEquals("", cli.err());
        String text = Files.readString(svg);
        assertEquals(2000, text.split("<g class=\"card\"", -1).length - 1);
        assertTrue(text.endsWith("</svg>\n"));
    }
}
