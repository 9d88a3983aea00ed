package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.edit.Document;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.ui.run.HistoryPanel;
import dev.pipewright.ui.run.RunVariablesPanel;
import dev.pipewright.ui.state.WindowState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's parts follow the window's state on their own, with no window around them: a
 * change of the state is all it takes for the history, the variables, the problems and the
 * status line to show it (nothing pushes it to them).
 */
@ExtendWith(ApplicationExtension.class)
class WindowStatePartsTest {

    @Start
    void start(Stage stage) {
        // the parts are built without a stage: the toolkit only has to run
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static ExecutionRecord record(String id, Map<String, String> variables) {
        return new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, id, "parts", null, "SUPERSEDED", null,
                ExecutionStatus.SUCCEEDED, null, Instant.now(), Instant.now(), variables, List.of());
    }

    @Test
    void theHistoryListsWhatTheStateHolds() throws Exception {
        var state = onFx(WindowState::new);
        var history = onFx(() -> new HistoryPanel(state, r -> { }));
        onFx(() -> {
            state.historyProperty().set(List.of(record("b", Map.of()), record("a", Map.of())));
            return null;
        });
        assertEquals(List.of("b", "a"), onFx(() -> history.getItems().stream().map(ExecutionRecord::executionId).toList()));
        onFx(() -> {
            state.historyProperty().set(List.of());
            return null;
        });
        assertTrue(onFx(() -> history.getItems().isEmpty()));
    }

    @Test
    void theVariablesAreThoseOfTheExecutionOnScreen() throws Exception {
        var state = onFx(WindowState::new);
        var variables = onFx(() -> new RunVariablesPanel(state));
        var ran = Document.create("parts").current().withVariables(List.of(new PipelineVariable("TARGET",
                Optional.of("dev"), Optional.empty(), false, Optional.empty())));
        onFx(() -> {
            state.executedPipelineProperty().set(Optional.of(ran));
            state.executionProperty().set(Optional.of(record("x", Map.of("TARGET", "prod"))));
            return null;
        });
        assertEquals(List.of(new RunVariablesPanel.Row("#{variables.TARGET}", "prod", "given for this run")),
                onFx(() -> List.copyOf(variables.getItems())));
        onFx(() -> {
            state.executionProperty().set(Optional.empty());
            return null;
        });
        assertTrue(onFx(() -> variables.getItems().isEmpty()), "back to the design: no execution, no variables");
    }

    @Test
    void theProblemsAndTheStatusLineFollowTheOpenDocument() throws Exception {
        var state = onFx(WindowState::new);
        var problems = onFx(() -> new ProblemsPanel(p -> { }));
        onFx(() -> {
            problems.follow(state);
            LiveValidation.follow(state, Providers.builtIn());
            return null;
        });
        assertEquals("Open or create a pipeline to start.", onFx(() -> state.statusProperty().get()));

        Document doc = Document.create("parts");
        onFx(() -> {
            state.documentProperty().set(doc);
            return null;
        });
        // a new pipeline has no stage: that is an error the Problems panel lists
        assertTrue(onFx(() -> problems.getItems().size()) > 0);
        assertTrue(onFx(() -> state.statusProperty().get()).startsWith("0 stages, 0 actions"),
                onFx(() -> state.statusProperty().get()));

        // an edit through the document's history reaches the panel and the status line
        onFx(() -> doc.history().apply("Add a stage", p -> new dev.pipewright.edit.PipelineEdits(Providers.builtIn())
                .addStage(p, 0)));
        assertTrue(onFx(() -> state.statusProperty().get()).startsWith("1 stage, 0 actions"),
                onFx(() -> state.statusProperty().get()));
        assertTrue(onFx(() -> state.statusProperty().get()).contains("last change: Add a stage"));

        onFx(() -> {
            state.documentProperty().set(null);
            return null;
        });
        assertTrue(onFx(() -> problems.getItems().isEmpty()));
        assertEquals("Open or create a pipeline to start.", onFx(() -> state.statusProperty().get()));
    }
}
