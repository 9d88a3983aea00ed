package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.Action;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactEditsTest {

    private final ArtifactEdits edits = new ArtifactEdits(Providers.builtIn());

    private static Action action(Pipeline p, ActionRef ref) {
        return p.stage(ref.stage()).orElseThrow().action(ref.action()).orElseThrow();
    }

    @Test
    void offersOnlyTheOutputsOfActionsThatFinishBefore() {
        Pipeline p = Fixtures.pipeline();
        // Package (runOrder 2) may take Code (Source) and Binaries (Compile, runOrder 1), but takes Binaries already
        assertEquals(List.of(new ArtifactEdits.Offer("Code", Fixtures.SOURCE)), edits.offers(p, Fixtures.PACKAGE));
        // Lint runs with Compile: Binaries is not on offer
        assertEquals(List.of(), edits.offers(p, Fixtures.LINT));
        assertThrows(IllegalArgumentException.class, () -> edits.addInput(p, Fixtures.LINT, "Binaries"));
        assertEquals(List.of("Binaries", "Code"), action(edits.addInput(p, Fixtures.PACKAGE, "Code"), Fixtures.PACKAGE)
                .inputArtifacts());
    }

    @Test
    void outputsFollowTheFilesRules() {
        Pipeline p = Fixtures.pipeline();
        Pipeline added = edits.addOutput(p, Fixtures.LINT).pipeline();
        assertEquals(List.of(OutputArtifact.named("LintOutput")), action(added, Fixtures.LINT).outputArtifacts());
        var bad = assertThrows(IllegalArgumentException.class,
                () -> edits.renameOutput(added, Fixtures.LINT, "LintOutput", "lint output"));
        assertTrue(bad.getMessage().contains("letters, digits and - _"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> edits.renameOutput(added, Fixtures.LINT, "LintOutput", "Code"),
                "output names are unique in the pipeline");
        Pipeline renamed = edits.renameOutput(p, Fixtures.COMPILE, "Binaries", "Bin");
        assertEquals(List.of("Bin"), action(renamed, Fixtures.PACKAGE).inputArtifacts(), "its consumer follows");
        Pipeline globbed = edits.setOutputFiles(p, Fixtures.COMPILE, "Binaries", "dist/**, *.jar\nREADME.md");
        assertEquals(List.of("dist/**", "*.jar", "README.md"), action(globbed, Fixtures.COMPILE).outputArtifacts().get(0).files());
        EditResult removed = edits.removeOutput(p, Fixtures.COMPILE, "Binaries");
        assertEquals(List.of(), action(removed.pipeline(), Fixtures.PACKAGE).inputArtifacts());
        assertEquals(1, removed.notes().size());
    }
}
