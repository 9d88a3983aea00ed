package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import static dev.pipewright.edit.DesignerScenarioTest.EDITS;
import static dev.pipewright.edit.DesignerScenarioTest.assertValid;
import static dev.pipewright.edit.Fixtures.APPROVE;
import static dev.pipewright.edit.Fixtures.COMPILE;
import static dev.pipewright.edit.Fixtures.DEPLOY;
import static dev.pipewright.edit.Fixtures.LINT;
import static dev.pipewright.edit.Fixtures.PACKAGE;
import static dev.pipewright.edit.Fixtures.SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineEditsTest {

    static Stream<Arguments> everyEdit() {
        return Stream.of(
                edit("add stage", p -> EditResult.of(EDITS.addStage(p, 1))),
                edit("move stage", p -> EDITS.moveStage(p, "Release", 1)),
                edit("rename stage", p -> EditResult.of(EDITS.renameStage(p, "Build", "Compile"))),
                edit("delete stage", p -> EDITS.deleteStage(p, "Build")),
                edit("add action", p -> EDITS.addAction(p, ActionCategory.TEST, "Shell", new Placement.NewGroup("Build", 2))),
                edit("move actions", p -> EDITS.moveActions(p, List.of(LINT), new Placement.NewStage(2))),
                edit("duplicate", p -> EDITS.duplicate(p, List.of(COMPILE, LINT))),
                edit("delete actions", p -> EDITS.deleteActions(p, List.of(PACKAGE))),
                edit("rename action", p -> EditResult.of(EDITS.renameAction(p, SOURCE, "Fetch"))),
                edit("run order", p -> EDITS.setRunOrder(p, LINT, 7)),
                edit("namespace", p -> EditResult.of(EDITS.setNamespace(p, SOURCE, Optional.of("Src")))),
                edit("timeout", p -> EditResult.of(EDITS.setTimeout(p, LINT, Optional.of(BigDecimal.TEN)))),
                edit("set setting", p -> EditResult.of(EDITS.setSetting(p, LINT, "shell", ConfigValue.text("bash")))),
                edit("remove setting", p -> EditResult.of(EDITS.removeSetting(p, LINT, "commands"))),
                edit("connect", p -> EDITS.connect(p, LINT, PACKAGE)),
                edit("disconnect", p -> EditResult.of(EDITS.disconnect(p, "Code", LINT))),
                edit("rename artifact", p -> EditResult.of(EDITS.renameArtifact(p, "Code", "Sources"))),
                edit("name", p -> EditResult.of(EDITS.setName(p, "renamed"))),
                edit("description", p -> EditResult.of(EDITS.setDescription(p, Optional.of("Builds it")))),
                edit("mode", p -> EditResult.of(EDITS.setExecutionMode(p, ExecutionMode.QUEUED))),
                edit("variables", p -> EditResult.of(EDITS.setVariables(p, List.of(PipelineVariable.of("Env", "dev"))))),
                edit("paste", p -> Clipboard.paste(p, Clipboard.copy(p, List.of(COMPILE)), new Placement.InGroup("Build", 2))));
    }

    private static Arguments edit(String name, Function<Pipeline, EditResult> edit) {
        return Arguments.of(name, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEdit")
    void executeUndoRedo(String name, Function<Pipeline, EditResult> edit) {
        Pipeline start = Fixtures.pipeline();
        var history = new EditHistory(start);
        history.perform(name, edit);
        Pipeline edited = history.current();
        assertNotEquals(start, edited, "the edit changed nothing");
        assertEquals(start, history.undo());
        assertEquals(edited, history.redo());
    }

    @Test
    void theFixtureIsValid() {
        assertValid(Fixtures.pipeline());
    }

    @Test
    void addStageNamesByPosition() {
        Pipeline p = EDITS.addStage(Fixtures.pipeline(), 3);
        assertEquals("Stage4", p.stages().get(3).name());
        assertEquals("Stage5", EDITS.addStage(p, 3).stages().get(3).name());
    }

    @Test
    void newGroupRenumbersLaterGroups() {
        EditResult r = EDITS.addAction(Fixtures.pipeline(), ActionCategory.TEST, "Shell", new Placement.NewGroup("Build", 1));
        Stage build = r.pipeline().stage("Build").orElseThrow();
        assertEquals(new ActionRef("Build", "Shell"), r.selection().get(0));
        assertEquals(2, build.action("Shell").orElseThrow().runOrder());
        assertEquals(1, build.action("Compile").orElseThrow().runOrder());
        assertEquals(3, build.action("Package").orElseThrow().runOrder());
        assertValid(EDITS.setSetting(r.pipeline(), r.selection().get(0), "commands", ConfigValue.text("test")));
    }

    @Test
    void aSourceGetsItsOutputArtifactAndProviderNamesAreUniqueAcrossThePipeline() {
        EditResult r = EDITS.addAction(Fixtures.pipeline(), ActionCategory.SOURCE, "LocalFolder",
                new Placement.InGroup("Source", 1));
        Action source = r.pipeline().stage("Source").orElseThrow().action("LocalFolder").orElseThrow();
        assertEquals("LocalFolderOutput", source.outputArtifacts().get(0).name());
        EditResult again = EDITS.addAction(r.pipeline(), ActionCategory.SOURCE, "LocalFolder", new Placement.NewStage(0));
        assertEquals(new ActionRef("Source2", "LocalFolder2"), again.selection().get(0));
    }

    @Test
    void moveKeepsOrderAndRemovesTheStageItEmptied() {
        Pipeline p = Fixtures.pipeline();
        EditResult moved = EDITS.moveActions(p, List.of(APPROVE, DEPLOY), new Placement.NewGroup("Build", 2));
        assertEquals(List.of("Source", "Build"), moved.pipeline().stages().stream().map(Stage::name).toList());
        Stage build = moved.pipeline().stage("Build").orElseThrow();
        assertEquals(3, build.action("Approve").orElseThrow().runOrder());
        assertEquals(4, build.action("Deploy").orElseThrow().runOrder());
        assertValid(moved.pipeline());
    }

    @Test
    void moveWithinAStageReadsThePlacementAsShown() {
        // Groups: [Compile, Lint] [Package]; drop Lint after Package's group (position 2).
        EditResult moved = EDITS.moveActions(Fixtures.pipeline(), List.of(LINT), new Placement.NewGroup("Build", 2));
        Stage build = moved.pipeline().stage("Build").orElseThrow();
        assertEquals(List.of(1, 2, 3), List.of(build.action("Compile").orElseThrow().runOrder(),
                build.action("Package").orElseThrow().runOrder(), build.action("Lint").orElseThrow().runOrder()));
        assertEquals(List.of(new ActionRef("Build", "Lint")), moved.selection());
    }

    @Test
    void aMoveThatBreaksALinkSaysSo() {
        EditResult moved = EDITS.moveActions(Fixtures.pipeline(), List.of(PACKAGE), new Placement.InGroup("Build", 1));
        assertEquals(1, moved.notes().size(), moved.notes().toString());
        assertTrue(moved.notes().get(0).contains("'Binaries'"), moved.notes().get(0));
    }

    @Test
    void movingToAStageWithTheSameNameRenames() {
        Pipeline p = EDITS.duplicate(Fixtures.pipeline(), List.of(LINT)).pipeline();
        EditResult moved = EDITS.moveActions(p, List.of(LINT), new Placement.InGroup("Release", 1));
        assertEquals(new ActionRef("Release", "Lint"), moved.selection().get(0));
        p = EDITS.renameAction(moved.pipeline(), new ActionRef("Build", "Lint2"), "Lint");
        EditResult second = EDITS.moveActions(p, List.of(LINT), new Placement.InGroup("Release", 1));
        assertEquals(new ActionRef("Release", "Lint2"), second.selection().get(0));
        assertEquals(List.of("Approve", "Lint", "Lint2", "Deploy"),
                second.pipeline().stage("Release").orElseThrow().actions().stream().map(Action::name).toList());
    }

    @Test
    void canConnectSaysWhyNot() {
        Pipeline p = Fixtures.pipeline();
        assertEquals(Optional.empty(), EDITS.canConnect(p, LINT, PACKAGE));
        assertReason(EDITS.canConnect(p, LINT, LINT), "its own output");
        assertReason(EDITS.canConnect(p, PACKAGE, COMPILE), "would make a loop");
        assertReason(EDITS.canConnect(p, DEPLOY, COMPILE), "move it to a later stage");
        assertReason(EDITS.canConnect(p, COMPILE, SOURCE), "runs before");
        assertReason(EDITS.canConnect(p, COMPILE, APPROVE), "take no input artifacts");
        assertReason(EDITS.canConnect(p, APPROVE, DEPLOY), "give no output artifacts");
        assertReason(EDITS.canConnect(p, LINT, DEPLOY), "as many as Copy to folder allows");
        assertReason(EDITS.canConnect(p, SOURCE, COMPILE), "already takes the output of 'Checkout'");
        assertReason(EDITS.canConnect(p, PACKAGE, DEPLOY), "already takes the output");
        assertReason(EDITS.canConnect(p, SOURCE, new ActionRef("Build", "Nope")), "no action 'Nope'");
        var refused = assertThrows(IllegalArgumentException.class, () -> EDITS.connect(p, DEPLOY, COMPILE));
        assertTrue(refused.getMessage().contains("later stage"));
    }

    private static void assertReason(Optional<String> reason, String words) {
        assertTrue(reason.isPresent(), "expected a refusal containing: " + words);
        assertTrue(reason.get().contains(words), reason.get());
    }

    @Test
    void connectReusesTheFirstOutputAcrossStages() {
        EditResult added = EDITS.addAction(Fixtures.pipeline(), ActionCategory.TEST, "Shell",
                new Placement.InGroup("Release", 1));
        ActionRef test = added.selection().get(0);
        Pipeline p = EDITS.connect(added.pipeline(), COMPILE, test).pipeline();
        p = EDITS.connect(p, LINT, test).pipeline();
        assertEquals(List.of("Binaries", "LintOutput"), Located.find(p, test).action().inputArtifacts());
        assertEquals("LintOutput", Located.find(p, LINT).action().outputArtifacts().get(0).name());
        assertValid(EDITS.setSetting(p, test, "commands", ConfigValue.text("test")));
    }

    @Test
    void renamesFollowTheirReferences() {
        Pipeline p = Fixtures.pipeline();
        Pipeline ns = EDITS.setNamespace(p, SOURCE, Optional.of("Src"));
        assertEquals(ConfigValue.text("make #{Src.Digest}"),
                ns.stage("Build").orElseThrow().action("Compile").orElseThrow().setting("commands").orElseThrow());
        assertValid(ns);

        Pipeline artifact = EDITS.renameArtifact(p, "Code", "Sources");
        assertEquals(List.of("Sources"), artifact.stage("Build").orElseThrow().action("Lint").orElseThrow().inputArtifacts());
        assertValid(artifact);

        Pipeline action = EDITS.renameAction(p, SOURCE, "Fetch");
        assertEquals("Fetch", action.triggers().get(0).sourceActionName());
        assertValid(action);

        assertThrows(IllegalArgumentException.class, () -> EDITS.renameAction(p, COMPILE, "Lint"));
        var bad = assertThrows(IllegalArgumentException.class, () -> EDITS.renameStage(p, "Build", "Stage 3"));
        assertTrue(bad.getMessage().contains("letters, digits"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EDITS.setNamespace(p, LINT, Optional.of("Code")));
        assertThrows(IllegalArgumentException.class, () -> EDITS.setNamespace(p, LINT, Optional.of("variables")));
    }

    @Test
    void deletingAProducerRemovesAndReportsItsLinks() {
        EditResult r = EDITS.deleteActions(Fixtures.pipeline(), List.of(PACKAGE));
        assertEquals(List.of(), r.pipeline().stage("Release").orElseThrow().action("Deploy").orElseThrow().inputArtifacts());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("'Deploy' in stage 'Release' no longer takes 'Bundle'"), r.notes().get(0));

        EditResult source = EDITS.deleteStage(Fixtures.pipeline(), "Source");
        assertEquals(List.of(), source.pipeline().triggers());
        assertEquals(3, source.notes().size(), source.notes().toString());
    }

    @Test
    void deletingTheLastActionKeepsTheStage() {
        Pipeline p = EDITS.deleteActions(Fixtures.pipeline(), List.of(APPROVE, DEPLOY)).pipeline();
        assertEquals(List.of(), p.stage("Release").orElseThrow().actions());
    }

    @Test
    void duplicatesRunBesideTheOriginalWithFreshNames() {
        EditResult r = EDITS.duplicate(Fixtures.pipeline(), List.of(COMPILE, SOURCE));
        assertEquals(List.of(new ActionRef("Build", "Compile2"), new ActionRef("Source", "Checkout2")), r.selection());
        Action copy = r.pipeline().stage("Build").orElseThrow().action("Compile2").orElseThrow();
        assertEquals(1, copy.runOrder());
        assertEquals("Binaries2", copy.outputArtifacts().get(0).name());
        assertEquals(List.of("Code"), copy.inputArtifacts());
        assertEquals(Optional.of("SourceVars2"),
                r.pipeline().stage("Source").orElseThrow().action("Checkout2").orElseThrow().namespace());
        assertValid(r.pipeline());
    }

    @Test
    void runOrdersStayCompact() {
        EditResult r = EDITS.setRunOrder(Fixtures.pipeline(), LINT, 7);
        assertEquals(3, r.pipeline().stage("Build").orElseThrow().action("Lint").orElseThrow().runOrder());
        assertThrows(IllegalArgumentException.class, () -> EDITS.setRunOrder(Fixtures.pipeline(), LINT, 0));
    }

    @Test
    void refusedPlacementsSayWhere() {
        Pipeline p = Fixtures.pipeline();
        var noGroup = assertThrows(IllegalArgumentException.class,
                () -> EDITS.addAction(p, ActionCategory.BUILD, "Shell", new Placement.InGroup("Build", 5)));
        assertTrue(noGroup.getMessage().contains("runOrder 5"), noGroup.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EDITS.addAction(p, ActionCategory.BUILD, "Shell", new Placement.NewStage(9)));
        assertThrows(IllegalArgumentException.class,
                () -> EDITS.addAction(p, ActionCategory.BUILD, "Nope", new Placement.NewStage(0)));
    }
}
