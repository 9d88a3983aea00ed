package dev.pipewright.interop.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.interop.CheckedExports;
import dev.pipewright.interop.Exported;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every provider of the catalog exports through its own recipe, and the writers render what it makes. */
class ExportRecipesTest {

    /** A provider added to the catalog without a recipe fails here, unless it runs only on AWS. */
    @Test
    void everyProviderThatRunsHereHasARecipe() {
        for (ProviderSpec spec : Providers.builtIn().all()) {
            assertTrue(!spec.runsLocally() || ExportRecipes.registered(spec.category(), spec.id()).isPresent(),
                    spec.category() + "/" + spec.id() + " runs on this machine but has no export recipe: register one "
                            + "in ExportRecipes");
        }
    }

    @TestFactory
    Stream<DynamicTest> aOneActionPipelineOfEachProviderExportsToGitHubAndGitLabWithinTheirSchemas() {
        return Providers.builtIn().all().stream().map(spec -> DynamicTest.dynamicTest(spec.category() + "/" + spec.id(), () -> {
            Pipeline pipeline = oneAction(spec);
            Exported github = CheckedExports.github(pipeline);
            Exported gitlab = CheckedExports.gitlab(pipeline);
            ExportJob.Work work = ExportJob.of(action(pipeline)).work();
            if (spec.runsLocally() && ExportRecipes.registered(spec.category(), spec.id())
                    .map(r -> !(r.work(action(pipeline)) instanceof ExportJob.NoEquivalent)).orElse(false)) {
                assertTrue(!github.mainText().contains("no GitHub equivalent"), github.mainText());
                assertTrue(!gitlab.mainText().contains("no GitLab equivalent"), gitlab.mainText());
            } else {
                var none = assertInstanceOf(ExportJob.NoEquivalent.class, work);
                assertTrue(github.mainText().contains(spec.id() + " has no GitHub equivalent"), github.mainText());
                assertTrue(gitlab.mainText().contains(spec.id() + " has no GitLab equivalent"), gitlab.mainText());
                assertTrue(github.report().notes().stream().anyMatch(n -> n.what().contains(none.why())), github.report().toString());
                assertTrue(gitlab.report().notes().stream().anyMatch(n -> n.what().contains(none.why())), gitlab.report().toString());
            }
        }));
    }

    @Test
    void anActionTypeOwnedElsewhereSaysWhoRunsIt() {
        Action jenkins = new Action("Jenkins", ActionCategory.BUILD, "JenkinsBuilder", 1, Map.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Map.of(), Optional.of("Custom"));
        var work = assertInstanceOf(ExportJob.NoEquivalent.class, ExportJob.of(jenkins).work());
        assertEquals("Build/JenkinsBuilder", work.provider());
        assertTrue(work.why().contains("Custom"), work.why());
    }

    @Test
    void anApprovalsWaitIsNotARunTimeButIsKeptForItsNote() {
        Action approve = new Action("Approve", ActionCategory.APPROVAL, "Manual", 1, Map.of("CustomData",
                ConfigValue.text("Ship it?")), List.of(), List.of(), Optional.empty(),
                Optional.of(java.math.BigDecimal.TEN), Map.of());
        ExportJob job = ExportJob.of(approve);
        assertEquals(Optional.empty(), job.timeoutInMinutes());
        var gate = assertInstanceOf(ExportJob.ApprovalGate.class, job.work());
        assertEquals("Ship it?", gate.message());
        assertEquals(Optional.of(java.math.BigDecimal.TEN), gate.waitMinutes());
    }

    private static Action action(Pipeline pipeline) {
        return pipeline.stages().get(pipeline.stages().size() - 1).actions().get(0);
    }

    /** The provider's action with its required settings filled in, after a source when it needs an input. */
    private static Pipeline oneAction(ProviderSpec spec) {
        var settings = new LinkedHashMap<String, ConfigValue>();
        for (SettingSpec setting : spec.settings()) {
            if (setting.required()) {
                settings.put(setting.key(), sample(setting));
            }
        }
        boolean needsInput = spec.inputArtifacts().min() > 0;
        List<OutputArtifact> outputs = spec.outputArtifacts().min() > 0 ? List.of(OutputArtifact.named("Out")) : List.of();
        Action action = new Action("It", spec.category(), spec.id(), 1, settings, needsInput ? List.of("Src") : List.of(),
                outputs, Optional.empty(), Optional.empty(), Map.of());
        var stages = new ArrayList<Stage>();
        if (needsInput) {
            stages.add(Stage.of("Source", new Action("Files", ActionCategory.SOURCE, "LocalFolder", 1,
                    Map.of("path", ConfigValue.text("site")), List.of(), List.of(OutputArtifact.named("Src")),
                    Optional.empty(), Optional.empty(), Map.of())));
        }
        stages.add(Stage.of("Work", action));
        return new Pipeline("one-" + spec.id().toLowerCase(java.util.Locale.ROOT), Optional.empty(), ExecutionMode.QUEUED,
                List.of(), stages, List.of(), Map.of());
    }

    private static ConfigValue sample(SettingSpec setting) {
        if (setting.defaultValue().isPresent()) {
            return setting.defaultValue().get();
        }
        if (!setting.choices().isEmpty()) {
            return ConfigValue.text(setting.choices().get(0));
        }
        return switch (setting.type()) {
            case TEXT -> ConfigValue.text("sample");
            case MULTILINE_TEXT -> ConfigValue.text("echo hello");
            case INTEGER -> ConfigValue.text("1");
            case BOOLEAN -> new ConfigValue.Flag(false);
            case CHOICE -> ConfigValue.text("sample");
            case LIST -> ConfigValue.list("sample");
            case MAP -> new ConfigValue.TextMap(Map.of("A", "b"));
        };
    }
}
