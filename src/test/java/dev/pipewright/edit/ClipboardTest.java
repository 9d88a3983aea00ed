package dev.pipewright.edit;

import dev.pipewright.model.Placement;

import dev.pipewright.model.ActionRef;

import static dev.pipewright.edit.DesignerScenarioTest.assertValid;
import static dev.pipewright.edit.Fixtures.COMPILE;
import static dev.pipewright.edit.Fixtures.PACKAGE;
import static dev.pipewright.edit.Fixtures.SOURCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClipboardTest {

    @Test
    void pasteKeepsInnerLinksUnderNewNames() {
        Pipeline p = Fixtures.pipeline();
        String text = Clipboard.copy(p, List.of(PACKAGE, COMPILE));
        assertTrue(Clipboard.holdsActions(text));
        EditResult r = Clipboard.paste(p, text, new Placement.NewStage(2));
        assertEquals(List.of(new ActionRef("Build2", "Compile2"), new ActionRef("Build2", "Package2")), r.selection());
        Action compile = Located.find(r.pipeline(), r.selection().get(0)).action();
        Action pack = Located.find(r.pipeline(), r.selection().get(1)).action();
        assertEquals(1, compile.runOrder());
        assertEquals(2, pack.runOrder());
        assertEquals("Binaries2", compile.outputArtifacts().get(0).name());
        assertEquals(List.of("Binaries2"), pack.inputArtifacts());
        assertEquals(List.of("Code"), compile.inputArtifacts(), "Code is still made before");
        assertEquals(List.of(), r.notes());
        assertValid(r.pipeline());
    }

    @Test
    void outsideLinksThatCannotBeReachedAreDroppedAndSaid() {
        Pipeline p = Fixtures.pipeline();
        EditResult r = Clipboard.paste(p, Clipboard.copy(p, List.of(COMPILE)), new Placement.NewStage(0));
        assertEquals(List.of(), Located.find(r.pipeline(), r.selection().get(0)).action().inputArtifacts());
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).contains("'Code'"), r.notes().get(0));
    }

    @Test
    void pastedNamespacesAreRenamedWithTheirReferences() {
        Pipeline p = Fixtures.pipeline();
        Pipeline withRef = new PipelineEdits(DesignerScenarioTest.CATALOG).setSetting(p, new ActionRef("Source", "Checkout"),
                "path", ConfigValue.text("#{SourceVars.Digest}"));
        EditResult r = Clipboard.paste(withRef, Clipboard.copy(withRef, List.of(SOURCE)), new Placement.InGroup("Source", 1));
        Action copy = Located.find(r.pipeline(), r.selection().get(0)).action();
        assertEquals(Optional.of("SourceVars2"), copy.namespace());
        assertEquals(ConfigValue.text("#{SourceVars2.Digest}"), copy.setting("path").orElseThrow());
    }

    @Test
    void foreignTextIsRefused() {
        Pipeline p = Fixtures.pipeline();
        assertFalse(Clipboard.holdsActions("hello"));
        assertFalse(Clipboard.holdsActions("{\"schemaVersion\": 1}"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Clipboard.paste(p, "{\"stages\": []}", new Placement.NewStage(0)));
        assertEquals("The clipboard holds no Pipewright actions.", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Clipboard.paste(p, "{\"pipewrightClipboard\": 1, \"document\": {\"x\": 1}}", new Placement.NewStage(0)));
    }
}
