package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The designer session, at model level, through the history as the window drives it. */
class DesignerScenarioTest {

    static final Providers CATALOG = Providers.builtIn();
    static final PipelineEdits EDITS = new PipelineEdits(CATALOG);

    static void assertValid(Pipeline pipeline) {
        List<Problem> errors = PipelineValidator.validate(pipeline, CATALOG).stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), () -> "errors: " + errors.stream().map(Problem::message).toList());
    }

    /** Drop a Build Shell and type its commands in the inspector: the way a person makes a valid card. */
    static EditResult dropShell(Pipeline p, Placement where, String command) {
        EditResult added = EDITS.addAction(p, ActionCategory.BUILD, "Shell", where);
        ActionRef ref = added.selection().get(0);
        return new EditResult(EDITS.setSetting(added.pipeline(), ref, "commands", ConfigValue.text(command)),
                added.selection(), added.notes());
    }

    @Test
    void aFreshShellOnlyLacksItsCommands() {
        EditResult added = EDITS.addAction(Pipeline.of("demo"), ActionCategory.BUILD, "Shell", new Placement.NewStage(0));
        List<String> errors = PipelineValidator.validate(added.pipeline(), CATALOG).stream()
                .filter(Problem::isError).map(Problem::message).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("needs the setting 'commands'"), errors.get(0));
        Action shell = added.pipeline().stages().get(0).actions().get(0);
        assertEquals("Build", added.pipeline().stages().get(0).name());
        assertEquals("Shell", shell.name());
        assertEquals(1, shell.runOrder());
    }

    @Test
    void buildConnectUndoAllRedoAll() {
        Pipeline start = Pipeline.of("demo");
        var history = new EditHistory(start);
        var seen = new ArrayList<Pipeline>();
        history.addListener(seen::add);

        EditResult first = history.perform("Add Shell", p -> dropShell(p, new Placement.NewStage(0), "make"));
        assertEquals(new ActionRef("Build", "Shell"), first.selection().get(0));
        assertValid(history.current());

        EditResult second = history.perform("Add Shell2",
                p -> dropShell(p, new Placement.InGroup("Build", 1), "make docs"));
        assertEquals(new ActionRef("Build", "Shell2"), second.selection().get(0));
        assertValid(history.current());

        EditResult third = history.perform("Add Shell3",
                p -> dropShell(p, new Placement.NewGroup("Build", 1), "make package"));
        ActionRef shell3 = third.selection().get(0);
        assertValid(history.current());

        var build = history.current().stage("Build").orElseThrow();
        assertEquals(1, build.action("Shell").orElseThrow().runOrder());
        assertEquals(1, build.action("Shell2").orElseThrow().runOrder());
        assertEquals(2, build.action("Shell3").orElseThrow().runOrder());

        history.perform("Connect Shell to Shell3", p -> EDITS.connect(p, first.selection().get(0), shell3));
        build = history.current().stage("Build").orElseThrow();
        assertEquals(List.of("ShellOutput"), build.action("Shell").orElseThrow().outputArtifacts().stream()
                .map(o -> o.name()).toList());
        assertEquals(List.of("ShellOutput"), build.action("Shell3").orElseThrow().inputArtifacts());
        assertValid(history.current());
        Pipeline end = history.current();
        assertEquals(4, seen.size());
        assertEquals(end, seen.get(3));

        assertEquals("Connect Shell to Shell3", history.undoDescription().orElseThrow());
        while (history.canUndo()) {
            history.undo();
        }
        assertEquals(start, history.current());
        assertFalse(history.isDirty());
        while (history.canRedo()) {
            history.redo();
        }
        assertEquals(end, history.current());
        assertTrue(history.isDirty());
    }

    @Test
    void connectingBackwardsInAStageMovesTheConsumerAfter() {
        Pipeline p = dropShell(Pipeline.of("demo"), new Placement.NewStage(0), "a").pipeline();
        p = dropShell(p, new Placement.NewGroup("Build", 1), "b").pipeline();
        // Shell runs first, Shell2 second; make Shell take Shell2's output.
        EditResult connected = EDITS.connect(p, new ActionRef("Build", "Shell2"), new ActionRef("Build", "Shell"));
        var build = connected.pipeline().stage("Build").orElseThrow();
        assertEquals(1, build.action("Shell2").orElseThrow().runOrder());
        assertEquals(2, build.action("Shell").orElseThrow().runOrder());
        assertEquals(List.of("Shell2Output"), build.action("Shell").orElseThrow().inputArtifacts());
        assertValid(connected.pipeline());
    }
}
