package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.*;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.SimulationSettings;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LessonWriterTest {

    @TempDir
    Path home;

    private ExecutionRecord run(Engine engine, Path file, SimulationSettings simulation) throws Exception {
        Pipeline pipeline = PipelineFiles.read(file);
        var request = RunRequest.of(pipeline, file);
        Execution e = engine.start(simulation == null ? request : request.simulated(simulation));
        return e.await(Duration.ofSeconds(60)).orElseThrow();
    }

    @Test
    void aLessonNamesEveryActionAndConceptShowsStatusesAndStandsAlone() throws Exception {
        Path file = Samples.copyTo(Samples.find("continuous-delivery").orElseThrow(), home);
        try (var engine = new Engine(Engine.Options.defaults().withRunsDir(home.resolve("runs")))) {
            var record = run(engine, file, SimulationSettings.plain().withSpeed(500).withFailures(List.of("Test/Unit")));
            var folder = engine.store().find(record.executionId());
            Pipeline pipeline = LessonWriter.pipelineOf(folder, PipelineFiles.read(file));
            String html = LessonWriter.html(pipeline, record, folder, Providers.builtIn());
            Document page = LessonPages.parse(html);
            LessonPages.assertSelfContained(page, html);
            String text = page.getDocumentElement().getTextContent();
            for (var stage : pipeline.stages()) {
                for (var action : stage.actions()) {
                    assertTrue(text.contains(stage.name() + "/" + action.name()), "names " + action.name());
                }
            }
            var concepts = LessonConcepts.of(pipeline, java.util.Optional.of(record));
            assertTrue(concepts.stream().map(Concept::id).toList().containsAll(List.of("approval", "parallel", "artifact",
                    "retry", "queued")), concepts.toString());
            for (Concept c : concepts) {
                assertTrue(text.contains(c.title()) && text.contains(c.plain()), "explains " + c.id());
            }
            assertTrue(html.contains("class=\"status status-failed\" data-name=\"Test/Unit\""), "the diagram marks the failure");
            assertTrue(html.contains("class=\"status status-succeeded\" data-name=\"Build/Package\""));
            assertTrue(html.contains("class=\"status status-pending\" data-name=\"Production/DeployToProduction\""));
            assertTrue(text.contains("Did not run: stage Test failed because Test/Unit failed"), "says why");
            assertTrue(text.contains("Simulated"), "says it was simulated");
            assertTrue(text.contains("[simulation] nothing is executed"), "log excerpts are in");
        }
    }

    @Test
    void aRealRunsLessonHasItsLogsAndItsApproval() throws Exception {
        Path file = Samples.copyTo(Samples.find("release-with-approval").orElseThrow(), home);
        try (var engine = new Engine(Engine.Options.defaults().withRunsDir(home.resolve("runs")))) {
            engine.addListener(event -> {
                if (event instanceof ExecutionEvent.ApprovalRequested asked) {
                    engine.live(asked.executionId()).orElseThrow().decide(asked.stage(), asked.action(), true, "teacher",
                            "fine <by> me & you");
                }
            });
            var record = run(engine, file, null);
            var folder = engine.store().find(record.executionId());
            String html = LessonWriter.html(PipelineFiles.read(file), record, folder, Providers.builtIn());
            Document page = LessonPages.parse(html);
            LessonPages.assertSelfContained(page, html);
            String text = page.getDocumentElement().getTextContent();
            assertTrue(text.contains("no misspellings found"), "a real log line");
            assertTrue(text.contains("Approved by teacher: fine <by> me & you"), "the decision, escaped and read back");
        }
    }
}
