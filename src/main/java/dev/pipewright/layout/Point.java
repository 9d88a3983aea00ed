package dev.pipewright.layout;

/** A point in canvas units. */
public record Point(double x, double y) {

    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
