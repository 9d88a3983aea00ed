package dev.pipewright.render;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.model.ProviderCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A pipeline as an SVG document, written as text: one {@code <g class="card">} per action. The text
 * goes to its writer in pieces as it is drawn, so a pipeline of thousands of actions is never held
 * whole in memory.
 */
public final class SvgImage implements Drawing {

    private static final String FONT = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";
    private static final int PIECE = 64 * 1024;

    private final StringBuilder svg = new StringBuilder();
    private final Writer out;

    private SvgImage(Writer out) {
        this.out = out;
    }

    /** The whole document as a string (for small pipelines and tests). */
    public static String render(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog) {
        var text = new StringWriter();
        try {
            write(layout, theme, catalog, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** Writes the document to {@code out} as it is drawn; does not close it. */
    public static void write(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog, Writer out)
            throws IOException {
        var image = new SvgImage(out);
        try {
            image.draw(layout, theme, catalog);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        image.flush();
    }

    private void draw(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(layout.width()))
                .append("\" height=\"").append(n(layout.height())).append("\" viewBox=\"0 0 ")
                .append(n(layout.width())).append(' ').append(n(layout.height()))
                .append("\" font-family=\"").append(escape(FONT)).append("\">\n");
        svg.append("<title>").append(escape(layout.pipeline().name())).append("</title>\n");
        new PipelinePainter(layout, theme, catalog).paint(this);
        svg.append("</svg>\n");
    }

    /** Hands what has been drawn so far to the writer once it is a good piece. */
    private void piece() {
        if (svg.length() >= PIECE) {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the Drawing calls cannot throw it; write() unwraps it
            }
        }
    }

    private void flush() throws IOException {
        out.write(svg.toString());
        svg.setLength(0);
    }

    @Override
    public void rect(Box b, double radius, String fill, String stroke, double strokeWidth) {
        svg.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.width())).append("\" height=\"").append(n(b.height())).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(n(radius)).append('"');
        }
        paint(fill, stroke, strokeWidth);
        svg.append("/>\n");
        piece();
    }

    @Override
    public void line(List<Point> points, String stroke, double width) {
        svg.append("<polyline fill=\"none\" stroke-linejoin=\"round\" points=\"").append(points(points))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
        piece();
    }

    @Override
    public void polygon(List<Point> points, String fill) {
        svg.append("<polygon points=\"").append(points(points)).append("\" fill=\"").append(fill).append("\"/>\n");
        piece();
    }

    @Override
    public void circle(Point c, double radius, String fill, String stroke, double strokeWidth) {
        svg.append("<circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y())).append("\" r=\"")
                .append(n(radius)).append('"');
        paint(fill, stroke, strokeWidth);
        svg.append("/>\n");
        piece();
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String fill, boolean centered) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(fill).append('"');
        if (bold) {
            svg.append(" font-weight=\"600\"");
        }
        if (centered) {
            svg.append(" text-anchor=\"middle\"");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
        piece();
    }

    @Override
    public void begin(String kind, String name) {
        svg.append("<g class=\"").append(kind).append("\" data-name=\"").append(escape(name)).append("\">\n");
    }

    @Override
    public void end() {
        svg.append("</g>\n");
    }

    private void paint(String fill, String stroke, double strokeWidth) {
        svg.append(" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        }
    }

    private static String points(List<Point> points) {
        return points.stream().map(p -> n(p.x()) + "," + n(p.y())).collect(Collectors.joining(" "));
    }

    /** Numbers without needless decimals, and always with a dot whatever the locale. */
    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
