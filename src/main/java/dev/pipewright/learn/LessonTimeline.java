package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.Durations;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.model.Pipeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The execution as a timeline: one row per action in the order they started, with a bar from its
 * start to its end on the execution's time scale, so actions that ran together overlap; then the
 * actions that did not run, each with the reason.
 */
final class LessonTimeline {

    private LessonTimeline() {
    }

    private record Row(String stage, ActionRecord action) {
    }

    static void append(StringBuilder page, Pipeline pipeline, ExecutionRecord record) {
        page.append("<h2 id=\"timeline\">What happened, in time</h2>\n");
        var ran = new ArrayList<Row>();
        var notRun = new ArrayList<Row>();
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                (action.startTime() != null ? ran : notRun).add(new Row(stage.name(), action));
            }
        }
        ran.sort(Comparator.comparing((Row r) -> r.action().startTime()));
        Instant start = record.startTime() != null ? record.startTime()
                : ran.stream().map(r -> r.action().startTime()).min(Comparator.naturalOrder()).orElse(Instant.now());
        Instant end = record.endTime() != null ? record.endTime() : Instant.now();
        for (Row r : ran) {
            Instant e = r.action().endTime() != null ? r.action().endTime() : end;
            if (e.isAfter(end)) {
                end = e;
            }
        }
        double total = Math.max(1, Duration.between(start, end).toMillis());
        page.append("<table class=\"timeline\">\n<tr><th>Starts at</th><th>Action</th><th>Status</th><th>Took</th>"
                + "<th class=\"bar-cell\">Time line (").append(Html.text(Durations.words(Duration.between(start, end))))
                .append(" in all)</th></tr>\n");
        for (Row r : ran) {
            ActionRecord a = r.action();
            Instant e = a.endTime() != null ? a.endTime() : end;
            double left = Duration.between(start, a.startTime()).toMillis() / total * 100;
            double width = Math.max(0.6, Duration.between(a.startTime(), e).toMillis() / total * 100);
            String colour = LessonDiagram.colour(a.status());
            page.append("<tr><td>+").append(Html.text(Durations.words(Duration.between(start, a.startTime()))))
                    .append("</td><td>").append(Html.text(r.stage() + "/" + a.name()))
                    .append(a.attempt() > 1 ? " <span class=\"quiet\">(attempt " + a.attempt() + ")</span>" : "")
                    .append("</td><td>").append(LessonDiagram.symbol(a.status())).append(' ')
                    .append(Html.text(a.status().displayName())).append("</td><td>")
                    .append(Html.text(Durations.words(Duration.between(a.startTime(), e))))
                    .append("</td><td class=\"bar-cell\"><div class=\"bar\" style=\"margin-left:").append(pct(left))
                    .append(";width:").append(pct(Math.min(width, 100 - left))).append(";background:").append(colour)
                    .append("\"></div></td></tr>\n");
            if (a.approval() != null && a.approval().isDecided()) {
                page.append("<tr class=\"note\"><td></td><td colspan=\"4\">").append(Html.text(a.approval().decision()
                        + " by " + a.approval().by() + (a.approval().comment() == null || a.approval().comment().isBlank()
                        ? "" : ": " + a.approval().comment()))).append("</td></tr>\n");
            }
        }
        page.append("</table>\n");
        if (!notRun.isEmpty()) {
            page.append("<h3>Did not run</h3>\n<ul class=\"not-run\">\n");
            for (Row r : notRun) {
                String why = WaitReasons.why(pipeline, record, r.stage(), r.action().name(), WaitSurroundings.none())
                        .map(WaitReason::sentence).orElse(r.action().status().displayName());
                page.append("<li><b>").append(Html.text(r.stage() + "/" + r.action().name())).append("</b>: ")
                        .append(Html.text(why)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v);
    }

}
