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
}
