package dev.pipewright.layout;

import java.util.List;
import java.util.Optional;

/**
 * An arrow as a polyline from its tail to its head (the head is the last point). Artifact flows
 * are routed orthogonally through the gaps between columns and the lanes below the stages, so
 * they never cross a card.
 *
 * @param label   text to show beside the arrow (an artifact's name), with where its centre goes
 */
public record Arrow(ArrowKey key, List<Point> points, Optional<Label> label) {

    public Arrow {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an arrow needs two points at least");
        }
    }

    public Point head() {
        return points.get(points.size() - 1);
    }

    /** The shortest distance from {@code p} to the polyline. */
    public double distanceTo(Point p) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), p));
        }
        return best;
    }

    private static double segmentDistance(Point a, Point b, Point p) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return p.distanceTo(new Point(a.x() + t * dx, a.y() + t * dy));
    }

    /** A label's text and the centre of where it is drawn. */
    public record Label(String text, Point center) {
    }
}
