package dev.pipewright.render;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.model.ProviderCatalog;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A pipeline as an SVG document, written as text: one {@code <g class="card">} per action. */
public final class SvgImage implements Drawing {

    private static final String FONT = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    private final StringBuilder svg = new StringBuilder();

    private SvgImage() {
    }

    public static String render(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog) {
        var image = new SvgImage();
        image.svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(layout.width()))
                .append("\" height=\"").append(n(layout.height())).append("\" viewBox=\"0 0 ")
                .append(n(layout.width())).append(' ').append(n(layout.height()))
                .append("\" font-family=\"").append(escape(FONT)).append("\">\n");
        image.svg.append("<title>").append(escape(layout.pipeline().name())).append("</title>\n");
        new PipelinePainter(layout, theme, catalog).paint(image);
        image.svg.append("</svg>\n");
        return image.svg.toString();
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
    }

    @Override
    public void line(List<Point> points, String stroke, double width) {
        svg.append("<polyline fill=\"none\" stroke-linejoin=\"round\" points=\"").append(points(points))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
    }

    @Override
    public void polygon(List<Point> points, String fill) {
        svg.append("<polygon points=\"").append(points(points)).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    @Override
    public void circle(Point c, double radius, String fill, String stroke, double strokeWidth) {
        svg.append("<circle cx=\"").append(n(c.x())).append("\" cy=\"").append(n(c.y())).append("\" r=\"")
                .append(n(radius)).append('"');
        paint(fill, stroke, strokeWidth);
        svg.append("/>\n");
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
