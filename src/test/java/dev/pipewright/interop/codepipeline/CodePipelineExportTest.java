package dev.pipewright.interop.codepipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pipewright.actions.codebuild.Buildspec;
import dev.pipewright.actions.codebuild.BuildspecParser;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropReport;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Pipewright's own pipelines written as CodePipeline declarations with buildspecs. */
class CodePipelineExportTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TestFactory
    Stream<DynamicTest> theBundledExamplesExportToValidDeclarations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(f -> f.toString().endsWith(".pipeline.json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        Pipeline pipeline = PipelineFiles.read(file);
                        boolean sourceFirst = pipeline.stages().get(0).actions().stream()
                                .allMatch(a -> a.category() == ActionCategory.SOURCE);
                        if (!sourceFirst) {
                            // what the service would refuse is refused here, naming what to change
                            var refused = assertThrows(InteropException.class,
                                    () -> new CodePipelineExporter().write(pipeline));
                            assertTrue(refused.getMessage().contains("must hold only Source actions"),
                                    refused.getMessage());
                            return;
                        }
                        Exported exported = dev.pipewright.interop.CheckedExports.codePipeline(pipeline);
                        JsonNode declaration = JSON.readTree(exported.mainText());
                        assertEquals(List.of(), ServiceRules.broken(declaration.path("pipeline")), exported.mainText());
                        assertEquals(List.of(), CodePipelineRoundTripTest.checker()
                                .check(declaration, "CreatePipelineInput"), exported.mainText());
                        assertTrue(has(exported.report(), "roleArn is a placeholder"), exported.report().toString());
                        for (var file2 : exported.files().entrySet()) {
                            if (file2.getKey().startsWith("buildspecs/")) {
                                Buildspec parsed = BuildspecParser.parse(file2.getValue(), file2.getKey());
                                assertEquals("build", parsed.phases().get(0).name());
                            }
                        }
                    }));
        }
    }

    @Test
    void aShellActionBecomesCodeBuildWithABuildspecAndItsReferencesTravelAsEnvironmentVariables() throws Exception {
        var build = Action.of("Compile", ActionCategory.BUILD, "Shell")
                .withSetting("commands", ConfigValue.list("make VERSION=#{variables.Release}",
                        "echo VERSION=1.0 >> \"$PIPEWRIGHT_OUTPUT\""))
                .withSetting("environment", new ConfigValue.TextMap(java.util.Map.of("MODE", "fast")))
                .withNamespace(Optional.of("Build"))
                .withInputArtifacts(List.of("Src"))
                .withOutputArtifacts(List.of(new OutputArtifact("App", List.of("dist/**"))));
        var approve = Action.of("Approve", ActionCategory.APPROVAL, "Manual")
                .withSetting("CustomData", ConfigValue.text("Ship #{Build.VERSION}?"));
        var source = Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("app")).withOutputArtifacts(List.of(OutputArtifact.named("Src")));
        var pipeline = new Pipeline("ship", Optional.empty(), dev.pipewright.model.ExecutionMode.QUEUED,
                List.of(dev.pipewright.model.PipelineVariable.of("Release", "1")),
                List.of(Stage.of("Source", source), Stage.of("Build", build), Stage.of("Gate", approve)),
                List.of(), java.util.Map.of());

        Exported exported = dev.pipewright.interop.CheckedExports.codePipeline(pipeline);

        JsonNode declaration = JSON.readTree(exported.mainText());
        assertEquals(List.of(), CodePipelineRoundTripTest.checker().check(declaration, "CreatePipelineInput"));
        JsonNode compile = declaration.at("/pipeline/stages/1/actions/0");
        assertEquals("CodeBuild", compile.at("/actionTypeId/provider").asText());
        assertEquals("ship-Build-Compile", compile.at("/configuration/ProjectName").asText());
        assertTrue(compile.at("/configuration/EnvironmentVariables").asText().contains("#{variables.Release}"));
        assertEquals("V2", declaration.at("/pipeline/pipelineType").asText());
        assertEquals("QUEUED", declaration.at("/pipeline/executionMode").asText());

        String buildspec = exported.files().get("buildspecs/Build-Compile.yml");
        Buildspec parsed = BuildspecParser.parse(buildspec, "exported");
        assertEquals(List.of("VERSION"), parsed.exportedVariables(), buildspec);
        assertEquals("fast", parsed.variables().get("MODE"));
        assertTrue(parsed.phases().get(0).commands().stream().anyMatch(c -> c.contains("${PW_VARIABLES_RELEASE}")),
                buildspec);
        assertEquals(List.of("dist/**"), parsed.artifacts().orElseThrow().files());
        assertTrue(has(exported.report(), "CodeBuild project ship-Build-Compile"), exported.report().toString());
        assertTrue(has(exported.report(), "local folder source"), exported.report().toString());
    }

    @Test
    void aNamespaceCodePipelineRefusesIsAnErrorNotABrokenFile() {
        var action = Action.of("Build", ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text("true"))
                .withNamespace(Optional.of("build.vars"));
        var error = assertThrows(InteropException.class, () -> new CodePipelineExporter().write(
                Pipeline.of("p", Stage.of("Build", action))));
        assertTrue(error.getMessage().contains("build.vars"), error.getMessage());
    }

    private static boolean has(InteropReport report, String words) {
        return report.notes().stream().anyMatch(n -> n.toString().contains(words));
    }

    /** Issue 13, item 3: each structure rule of the service, from hand-made pipelines. */
    @Test
    void whatTheServiceWouldRefuseIsRefusedNamingWhatToChange() {
        var build = Action.of("Make", ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text("make"));
        var source = Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("app")).withOutputArtifacts(List.of(OutputArtifact.named("Src")));
        var lateSource = Action.of("Late", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("other")).withOutputArtifacts(List.of(OutputArtifact.named("Other")));

        var noSource = assertThrows(InteropException.class, () -> new CodePipelineExporter()
                .write(Pipeline.of("p", Stage.of("Build", build), Stage.of("Test", build.withName("Check")))));
        assertTrue(noSource.getMessage().contains("the first stage 'Build' must hold only Source actions"),
                noSource.getMessage());
        assertTrue(!noSource.getMessage().contains("input artifact"), "one problem, said once: " + noSource.getMessage());

        var oneStage = assertThrows(InteropException.class, () -> new CodePipelineExporter()
                .write(Pipeline.of("p", Stage.of("Source", source))));
        assertTrue(oneStage.getMessage().contains("at least two stages"), oneStage.getMessage());

        var sourceLater = assertThrows(InteropException.class, () -> new CodePipelineExporter()
                .write(Pipeline.of("p", Stage.of("Source", source), Stage.of("Build", build, lateSource))));
        assertTrue(sourceLater.getMessage().contains("action 'Late': a Source action can only be in the first stage"),
                sourceLater.getMessage());

        var mixed = assertThrows(InteropException.class, () -> new CodePipelineExporter()
                .write(Pipeline.of("p", Stage.of("Source", source, build), Stage.of("Build", build.withName("B")))));
        assertTrue(mixed.getMessage().contains("it holds Build action 'Make'"), mixed.getMessage());
    }

    @Test
    void aShellActionWithoutInputsIsGivenTheSourceArtifactThatCodeBuildNeeds() throws Exception {
        var build = Action.of("Make", ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text("make"));
        var source = Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("app")).withOutputArtifacts(List.of(OutputArtifact.named("Src")));
        Exported exported = dev.pipewright.interop.CheckedExports.codePipeline(Pipeline.of("p", Stage.of("Source", source),
                Stage.of("Build", build)));
        JsonNode declaration = JSON.readTree(exported.mainText());
        assertEquals("Src", declaration.at("/pipeline/stages/1/actions/0/inputArtifacts/0/name").asText());
        assertEquals(List.of(), ServiceRules.broken(declaration.path("pipeline")));
        assertEquals(List.of(), CodePipelineRoundTripTest.checker().check(declaration, "CreatePipelineInput"));
        assertTrue(has(exported.report(), "given the source artifact Src"), exported.report().toString());
    }
}
