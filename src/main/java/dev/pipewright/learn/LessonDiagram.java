package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ActionStatus;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.layout.Box;
import dev.pipewright.layout.CardBox;
import dev.pipewright.layout.PipelineLayout;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.render.RenderTheme;
import dev.pipewright.render.SvgImage;
import java.util.Locale;

/**
 * The pipeline's diagram as inline SVG (the same drawing as {@code pipewright render}), with each
 * card framed in the colour of how its action ended and its status written on it, so the page
 * says it in words too, not by colour alone.
 */
final class LessonDiagram {

    private LessonDiagram() {
    }

    static String svg(Pipeline pipeline, ExecutionRecord record, ProviderCatalog catalog) {
        var layout = PipelineLayout.of(pipeline);
        String svg = SvgImage.render(layout, RenderTheme.light(), catalog);
        // inline in HTML: no XML prolog; the namespace is implied by the HTML parser, and an XML
        // reader of the page still sees one svg element
        svg = svg.substring(svg.indexOf("<svg"));
        var overlay = new StringBuilder("<g class=\"statuses\">\n");
        for (CardBox card : layout.cards()) {
            ActionStatus status = record.action(card.ref().stage(), card.ref().action()).map(ActionRecord::status)
                    .orElse(ActionStatus.PENDING);
            overlay.append(badge(card.box(), status, card.ref().stage() + "/" + card.ref().action()));
        }
        overlay.append("</g>\n");
        int end = svg.lastIndexOf("</svg>");
        return svg.substring(0, end) + overlay + svg.substring(end);
    }

    private static String badge(Box b, ActionStatus status, String name) {
        String colour = colour(status);
        String label = symbol(status) + " " + status.displayName();
        double width = label.length() * 6.4 + 10;
        double x = b.maxX() - width - 6;
        double y = b.y() - 9;
        return "<g class=\"status status-" + status.displayName().toLowerCase(Locale.ROOT) + "\" data-name=\""
                + Html.text(name) + "\">\n"
                + "<rect x=\"" + n(b.x()) + "\" y=\"" + n(b.y()) + "\" width=\"" + n(b.width()) + "\" height=\""
                + n(b.height()) + "\" rx=\"8\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"3\""
                + (status == ActionStatus.PENDING || status == ActionStatus.SKIPPED ? " stroke-dasharray=\"6 4\"" : "")
                + "/>\n"
                + "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"17\" rx=\"8.5\" fill=\""
                + colour + "\"/>\n"
                + "<text x=\"" + n(x + width / 2) + "\" y=\"" + n(y + 12.5) + "\" font-size=\"10.5\" fill=\"#ffffff\""
                + " text-anchor=\"middle\" font-weight=\"600\">" + Html.text(label) + "</text>\n</g>\n";
    }

    static String colour(ActionStatus status) {
        return switch (status) {
            case SUCCEEDED -> "#1a7f37";
            case FAILED -> "#cf222e";
            case IN_PROGRESS -> "#0969da";
            case WAITING -> "#9a6700";
            case ABANDONED -> "#6e4000";
            case SKIPPED, PENDING -> "#6e7781";
        };
    }

    static String symbol(ActionStatus status) {
        return switch (status) {
            case SUCCEEDED -> "✔";
            case FAILED -> "✘";
            case IN_PROGRESS -> "▶";
            case WAITING -> "⏸";
            case ABANDONED -> "■";
            case SKIPPED -> "⤼";
            case PENDING -> "○";
        };
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
