package dev.pipewright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.layout.LayoutPipelines;
import dev.pipewright.layout.PipelineLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class ImageExportTest {

    private final PipelineLayout layout = PipelineLayout.of(LayoutPipelines.small());

    @Test
    void svgIsWellFormedWithOneGroupPerCardAndTheArtifactNames() throws Exception {
        String svg = SvgImage.render(layout, RenderTheme.light(), Providers.builtIn());
        var factory = DocumentBuilderFactory.newInstance();
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        var cards = (NodeList) xpath.evaluate("//*[local-name()='g'][@class='card']", doc, XPathConstants.NODESET);
        assertEquals(5, cards.getLength());
        assertEquals("Build/Compile", cards.item(1).getAttributes().getNamedItem("data-name").getNodeValue());
        assertEquals(3, ((NodeList) xpath.evaluate("//*[local-name()='g'][@class='stage']", doc, XPathConstants.NODESET)).getLength());
        assertTrue(svg.contains(">Program</text>") && svg.contains(">Code</text>"), svg);
        assertTrue(svg.contains("Build · Shell commands") || svg.contains("Build · "), svg);
        assertEquals(String.valueOf((long) layout.width()), doc.getDocumentElement().getAttribute("width"));
    }

    @Test
    void namesWithMarkupAreEscaped() throws Exception {
        var p = LayoutPipelines.small().withName("a<b & \"c\"");
        String svg = SvgImage.render(PipelineLayout.of(p), RenderTheme.dark(), Providers.builtIn());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.contains("a&lt;b &amp; &quot;c&quot;"));
    }

    @Test
    void pngDecodesWithTheLayoutsSizeAndTheThemesBackground() throws Exception {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = PngImage.render(layout, RenderTheme.light(), Providers.builtIn(), 1);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals((int) Math.ceil(layout.width()), decoded.getWidth());
        assertEquals((int) Math.ceil(layout.height()), decoded.getHeight());
        assertEquals(0xffffff, decoded.getRGB(2, 2) & 0xffffff);
        BufferedImage dark = PngImage.render(layout, RenderTheme.dark(), Providers.builtIn(), 2);
        assertEquals((int) Math.ceil(layout.width() * 2), dark.getWidth());
        assertNotEquals(0xffffff, dark.getRGB(2, 2) & 0xffffff);
    }
}
