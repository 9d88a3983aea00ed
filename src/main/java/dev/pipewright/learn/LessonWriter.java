package dev.pipewright.learn;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.Durations;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.StageRecord;
import dev.pipewright.io.AtomicFile;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A pipeline and one of its executions as one self-contained HTML page for a class: the diagram
 * with each action's status, a timeline of the execution, the concepts it shows with their
 * explanations, and the start and end of each action's log. Nothing in it is fetched from a
 * network; it is well-formed XML too, so any reader can check it.
 */
public final class LessonWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private LessonWriter() {
    }

    /**
     * The pipeline as the execution ran it: its snapshot in the execution's folder, else {@code fallback}
     * (the file as it is now) when the snapshot cannot be read.
     */
    public static Pipeline pipelineOf(ExecutionFolder folder, Pipeline fallback) {
        if (Files.isRegularFile(folder.snapshotFile())) {
            try {
                return PipelineFiles.read(folder.snapshotFile());
            } catch (PipelineFileException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** Writes the lesson to {@code output} atomically. */
    public static void write(Pipeline pipeline, ExecutionRecord record, ExecutionFolder folder, ProviderCatalog catalog,
                             Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFile.write(output, html(pipeline, record, folder, catalog).getBytes(StandardCharsets.UTF_8));
    }

    public static String html(Pipeline pipeline, ExecutionRecord record, ExecutionFolder folder, ProviderCatalog catalog)
            throws IOException {
        var page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Lesson: ").append(Html.text(pipeline.name())).append("</title>\n<style>\n")
                .append(LessonStyle.CSS).append("</style>\n</head>\n<body>\n");
        intro(page, pipeline, record);
        page.append("<h2 id=\"diagram\">The pipeline</h2>\n<p>Stages run left to right; cards stacked in one column "
                + "run at the same time (the same runOrder). Each card is marked with how its action ended.</p>\n")
                .append("<div class=\"diagram\">\n").append(LessonDiagram.svg(pipeline, record, catalog)).append("</div>\n");
        LessonTimeline.append(page, pipeline, record);
        concepts(page, pipeline, record);
        logs(page, pipeline, record, folder);
        page.append("<footer>Made with Pipewright from execution ").append(Html.text(record.executionId()))
                .append(" of ").append(Html.text(pipeline.name())).append(".</footer>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void intro(StringBuilder page, Pipeline pipeline, ExecutionRecord record) {
        page.append("<h1>Lesson: ").append(Html.text(pipeline.name())).append("</h1>\n");
        pipeline.description().ifPresent(d -> page.append("<p class=\"lead\">").append(Html.text(d)).append("</p>\n"));
        page.append("<table class=\"facts\">\n");
        fact(page, "Execution", record.executionId());
        fact(page, "Result", record.status().displayName() + Optional.ofNullable(record.summary()).map(s -> ": " + s)
                .orElse(""));
        if (record.isSimulated()) {
            var s = record.simulation();
            fact(page, "Simulated", "yes: nothing was executed; each action only took its time"
                    + (s.failures().isEmpty() ? "" : "; " + String.join(", ", s.failures()) + " was set to fail")
                    + (s.speed() == 1 ? "" : " (at " + speed(s.speed()) + "× speed)"));
        }
        fact(page, "Stages", pipeline.stages().size() + " (" + String.join(" → ",
                pipeline.stages().stream().map(st -> st.name()).toList()) + ")");
        fact(page, "Execution mode", pipeline.executionMode().name());
        if (record.startTime() != null) {
            fact(page, "Started", WHEN.format(record.startTime()) + (record.startedBy() == null ? ""
                    : " by " + record.startedBy().type()));
            fact(page, "Took", Durations.words(record.duration(record.endTime() != null ? record.endTime() : Instant.now())));
        }
        record.commit().ifPresent(c -> fact(page, "Commit", c.shortId()));
        if (!record.variables().isEmpty()) {
            fact(page, "Variables", String.join(", ", record.variables().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).toList()));
        }
        page.append("</table>\n");
    }

    private static void fact(StringBuilder page, String name, String value) {
        page.append("<tr><th>").append(Html.text(name)).append("</th><td>").append(Html.text(value)).append("</td></tr>\n");
    }

    private static void concepts(StringBuilder page, Pipeline pipeline, ExecutionRecord record) {
        page.append("<h2 id=\"concepts\">The ideas in this pipeline</h2>\n<dl class=\"concepts\">\n");
        for (Concept c : LessonConcepts.of(pipeline, Optional.of(record))) {
            page.append("<dt id=\"concept-").append(Html.text(c.id())).append("\">").append(Html.text(c.title()))
                    .append("</dt>\n<dd><p>").append(Html.text(c.plain())).append("</p>\n<p class=\"analogy\">In the bakery: ")
                    .append(Html.text(c.analogy())).append("</p></dd>\n");
        }
        page.append("</dl>\n");
    }

    private static void logs(StringBuilder page, Pipeline pipeline, ExecutionRecord record, ExecutionFolder folder)
            throws IOException {
        page.append("<h2 id=\"logs\">What each action said</h2>\n");
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                String name = stage.name() + "/" + action.name();
                page.append("<section class=\"log\">\n<h3>").append(Html.text(name)).append(" <span class=\"status\">")
                        .append(LessonDiagram.symbol(action.status())).append(' ')
                        .append(Html.text(action.status().displayName())).append("</span></h3>\n");
                if (action.summary() != null) {
                    page.append("<p>").append(Html.text(action.summary())).append("</p>\n");
                }
                WaitReasons.why(pipeline, record, stage.name(), action.name(), WaitSurroundings.none())
                        .ifPresent(r -> page.append("<p class=\"why\">").append(Html.text(r.sentence())).append("</p>\n"));
                LogExcerpt excerpt = LogExcerpt.of(folder.logFile(stage.name(), action.name()));
                if (excerpt.head().isEmpty()) {
                    page.append("<p class=\"quiet\">No log: the action did not run.</p>\n");
                } else {
                    page.append("<pre>");
                    excerpt.head().forEach(l -> page.append(Html.text(l)).append('\n'));
                    if (!excerpt.tail().isEmpty()) {
                        page.append("<span class=\"quiet\">… ").append(Html.text(excerpt.skipped())).append(" left out …</span>\n");
                        excerpt.tail().forEach(l -> page.append(Html.text(l)).append('\n'));
                    }
                    page.append("</pre>\n");
                }
                page.append("</section>\n");
            }
        }
    }

    private static String speed(double factor) {
        return factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor);
    }
}
