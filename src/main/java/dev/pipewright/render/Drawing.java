package dev.pipewright.render;

import dev.pipewright.layout.Box;
import dev.pipewright.layout.Point;
import java.util.List;

/** The few shapes a pipeline picture needs, so one painter can draw SVG and PNG alike. */
interface Drawing {

    void rect(Box box, double radius, String fill, String stroke, double strokeWidth);

    void line(List<Point> points, String stroke, double width);

    void polygon(List<Point> points, String fill);

    void circle(Point center, double radius, String fill, String stroke, double strokeWidth);

    /** Text with its baseline at {@code y}; centred on {@code x} when {@code centered}, else starting there. */
    void text(String text, double x, double y, double size, boolean bold, String fill, boolean centered);

    /** Starts a group of shapes that belong to one thing (a card, a stage), named for the reader. */
    void begin(String kind, String name);

    void end();
}
