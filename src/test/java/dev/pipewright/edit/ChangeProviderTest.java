package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeProviderTest {

    private final Providers catalog = Providers.builtIn();
    private final ChangeProvider change = new ChangeProvider(catalog);

    private static Action action(Pipeline p, ActionRef ref) {
        return p.stage(ref.stage()).orElseThrow().action(ref.action()).orElseThrow();
    }

    @Test
    void keepsTheSettingsTheNewProviderHasAndNamesTheOnesItDrops() {
        Pipeline before = Fixtures.pipeline();
        Pipeline shelled = new PipelineEdits(catalog).setSetting(before, Fixtures.LINT, "shell", ConfigValue.text("sh"));
        EditResult result = change.apply(shelled, Fixtures.LINT, ActionCategory.TEST, "Shell");
        Action lint = action(result.pipeline(), Fixtures.LINT);
        assertEquals(ActionCategory.TEST, lint.category());
        assertEquals("Shell", lint.provider());
        assertEquals(ConfigValue.text("lint"), lint.setting("commands").orElseThrow(), "Shell tests has commands too");
        assertEquals(List.of("Code"), lint.inputArtifacts());
        assertEquals(1, lint.runOrder(), "it keeps its place");

        EditResult codebuild = change.apply(shelled, Fixtures.LINT, ActionCategory.BUILD, "CodeBuild");
        Action built = action(codebuild.pipeline(), Fixtures.LINT);
        assertTrue(built.setting("commands").isEmpty());
        assertTrue(codebuild.notes().get(0).contains("commands") && codebuild.notes().get(0).contains("shell"),
                codebuild.notes().toString());
    }

    @Test
    void fixesAnUnknownProviderAndLeavesNoProblem() {
        Pipeline typo = Edits.mapAction(Fixtures.pipeline(), Fixtures.LINT, a -> new Action(a.name(), a.category(),
                "Shel", a.runOrder(), a.configuration(), a.inputArtifacts(), a.outputArtifacts(), a.namespace(),
                a.timeoutInMinutes(), a.extensions()));
        assertTrue(PipelineValidator.validate(typo, catalog).stream().anyMatch(p -> p.isError()));
        Pipeline fixed = change.apply(typo, Fixtures.LINT, ActionCategory.BUILD, "Shell").pipeline();
        assertEquals(Fixtures.pipeline(), fixed, "the settings Shell has are all kept");
    }

    @Test
    void anOutputTheNewProviderCannotGiveIsDroppedWithTheInputsItFed() {
        // Package makes Bundle, which Deploy takes; a manual approval gives nothing
        EditResult result = change.apply(Fixtures.pipeline(), Fixtures.PACKAGE, ActionCategory.APPROVAL, "Manual");
        assertEquals(List.of(), action(result.pipeline(), Fixtures.PACKAGE).outputArtifacts());
        assertEquals(List.of(), action(result.pipeline(), Fixtures.DEPLOY).inputArtifacts());
        assertTrue(String.join(" ", result.notes()).contains("Bundle"), result.notes().toString());
    }

    @Test
    void anUnknownTargetIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> change.apply(Fixtures.pipeline(), Fixtures.LINT, ActionCategory.BUILD, "Nope"));
    }
}
