package dev.pipewright.render;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.layout.Point;
import dev.pipewright.model.ProviderCatalog;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** A pipeline as a bitmap, drawn with java.awt in memory: works with {@code -Djava.awt.headless=true}. */
public final class PngImage implements Drawing {

    private final Graphics2D g;

    private PngImage(Graphics2D g) {
        this.g = g;
    }

    /**
     * The most pixels a picture gets: 40 million, 160 MB in memory. A pipeline of 2,000 actions at
     * scale 1 would be 60,752 × 9,544 pixels (2.3 GB); past this size the picture is drawn smaller.
     */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The longest side a PNG reader is sure to open. */
    public static final int MAX_SIDE = 32_000;

    /**
     * The scale actually used for {@code scale}: the same, or smaller so the picture stays within
     * {@link #MAX_PIXELS} and {@link #MAX_SIDE}.
     */
    public static double fittingScale(PipelineLayout layout, double scale) {
        double w = Math.max(1, layout.width());
        double h = Math.max(1, layout.height());
        double fitted = Math.min(scale, Math.sqrt(MAX_PIXELS / (w * h)));
        fitted = Math.min(fitted, Math.min(MAX_SIDE / w, MAX_SIDE / h));
        // floor to a scale whose ceil'd pixel counts are within the caps, too
        while (Math.ceil(w * fitted) * Math.ceil(h * fitted) > MAX_PIXELS) {
            fitted *= 0.999;
        }
        return fitted;
    }

    /**
     * The picture at {@code scale} (1 = one pixel per layout unit), or at {@link #fittingScale} when
     * that is smaller.
     */
    public static BufferedImage render(PipelineLayout layout, RenderTheme theme, ProviderCatalog catalog, double scale) {
        scale = fittingScale(layout, scale);
        int width = Math.max(1, (int) Math.ceil(layout.width() * scale));
        int height = Math.max(1, (int) Math.ceil(layout.height() * scale));
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            new PipelinePainter(layout, theme, catalog).paint(new PngImage(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void rect(Box b, double radius, String fill, String stroke, double strokeWidth) {
        var shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), radius * 2, radius * 2);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
    }

    @Override
    public void line(List<Point> points, String stroke, double width) {
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(path(points, false));
    }

    @Override
    public void polygon(List<Point> points, String fill) {
        g.setColor(Color.decode(fill));
        g.fill(path(points, true));
    }

    @Override
    public void circle(Point c, double radius, String fill, String stroke, double strokeWidth) {
        var shape = new Ellipse2D.Double(c.x() - radius, c.y() - radius, radius * 2, radius * 2);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, String fill, boolean centered) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        g.setColor(Color.decode(fill));
        double startX = centered ? x - g.getFontMetrics().stringWidth(text) / 2.0 : x;
        g.drawString(text, (float) startX, (float) y);
    }

    @Override
    public void begin(String kind, String name) {
        // a bitmap has no structure to keep
    }

    @Override
    public void end() {
        // a bitmap has no structure to keep
    }

    private static Path2D path(List<Point> points, boolean closed) {
        var path = new Path2D.Double();
        path.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size(); i++) {
            path.lineTo(points.get(i).x(), points.get(i).y());
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
