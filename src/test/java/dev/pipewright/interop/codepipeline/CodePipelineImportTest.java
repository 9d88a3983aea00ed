package dev.pipewright.interop.codepipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.interop.Imported;
import dev.pipewright.interop.InteropException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import dev.pipewright.model.Severity;
import dev.pipewright.model.Trigger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an imported declaration becomes in Pipewright's model, and what the report says. */
class CodePipelineImportTest {

    @Test
    void aV2DeclarationBecomesAPipelineThatValidatesWithWarningsOnlyForAwsOnlyActions() throws Exception {
        Imported imported = new CodePipelineImporter().read(CodePipelineRoundTripTest.resource("release-v2.json"),
                "release-v2.json");
        var pipeline = imported.pipeline();
        assertEquals("web-release", pipeline.name());
        assertEquals(ExecutionMode.QUEUED, pipeline.executionMode());
        assertEquals("staging", pipeline.variable("DeployTarget").orElseThrow().defaultValue().orElseThrow());
        var build = pipeline.stage("Build").orElseThrow();
        assertEquals(List.of(1, 1, 2), build.actions().stream().map(a -> a.runOrder()).toList());
        var approval = pipeline.stage("Approve").orElseThrow().actions().get(0);
        assertEquals(ActionCategory.APPROVAL, approval.category());
        assertEquals("https://staging.example.com", approval.setting("ExternalEntityLink").orElseThrow().asText());
        assertTrue(approval.setting("NotificationArn").isEmpty(), "kept aside, not a setting of the local gate");

        List<Problem> problems = PipelineValidator.validate(pipeline, Providers.builtIn());
        assertEquals(List.of(), problems.stream().filter(Problem::isError).toList());
        assertTrue(problems.stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.message().contains("Lambda") && p.message().contains("cannot run on this machine")), problems.toString());
        var providers = Providers.builtIn();
        assertTrue(providers.runsLocally(build.actions().get(2)), "CodeBuild runs locally");
        assertTrue(!providers.runsLocally(pipeline.stage("Deploy").orElseThrow().actions().get(0)), "S3 deploy does not");

        var notes = imported.report().notes().stream().map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("metadata")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("triggers") && n.contains("pull-request")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("onFailure")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("NotificationArn")), notes.toString());
    }

    @Test
    void pushTriggersBecomePipewrightTriggers() throws Exception {
        var pipeline = new CodePipelineImporter().read(CodePipelineRoundTripTest.resource("commands-push-trigger.json"),
                "x.json").pipeline();
        assertEquals(1, pipeline.triggers().size());
        Trigger trigger = pipeline.triggers().get(0);
        assertEquals("Checkout", trigger.sourceActionName());
        assertEquals(List.of("main"), trigger.push().get(0).branches().includes());
        assertEquals(List.of("v0*"), trigger.push().get(1).tags().excludes());
        var compile = pipeline.stage("Build").orElseThrow().actions().get(0);
        assertEquals(ActionCategory.BUILD, compile.category());
        assertEquals("Commands", compile.provider());
        assertEquals(ConfigValue.text("api-publish"), pipeline.stage("Build").orElseThrow().actions().get(1)
                .setting("ProjectName").orElseThrow());
    }

    @Test
    void brokenJsonSaysLineAndColumn() {
        var error = assertThrows(InteropException.class,
                () -> new CodePipelineImporter().read("{\n  \"pipeline\": {\n    \"name\": \"x\",,\n", "bad.json"));
        assertTrue(error.getMessage().startsWith("bad.json:3:"), error.getMessage());
    }

    @Test
    void aFileThatIsNotADeclarationIsRefusedClearly() {
        var error = assertThrows(InteropException.class,
                () -> new CodePipelineImporter().read("{\"jobs\": {}}", "workflow.json"));
        assertTrue(error.getMessage().contains("not a CodePipeline declaration"), error.getMessage());
    }

    /**
     * Issue 13, item 1: action types of other owners with providers Pipewright does not know import
     * as actions that run only where their owner runs them, validate, run (simulated) and export
     * back unchanged; without such an owner an unknown provider is still an error.
     */
    @Test
    void actionTypesOfOtherOwnersImportRunAsNonLocalAndExportUnchanged() throws Exception {
        String declaration = """
                {
                  "pipeline" : {
                    "name" : "others",
                    "roleArn" : "arn:aws:iam::111122223333:role/r",
                    "artifactStore" : { "type" : "S3", "location" : "bucket-x" },
                    "stages" : [ {
                      "name" : "Source",
                      "actions" : [ { "name" : "Src", "actionTypeId" : { "category" : "Source", "owner" : "AWS", "provider" : "CodeCommit", "version" : "1" },
                        "configuration" : { "RepositoryName" : "r", "BranchName" : "main" }, "outputArtifacts" : [ { "name" : "Code" } ] } ]
                    }, {
                      "name" : "Build",
                      "actions" : [ { "name" : "Jenk", "actionTypeId" : { "category" : "Build", "owner" : "Custom", "provider" : "MyJenkinsBuilder", "version" : "2" },
                        "configuration" : { "ProjectName" : "proj" }, "inputArtifacts" : [ { "name" : "Code" } ], "outputArtifacts" : [ { "name" : "Built" } ] } ]
                    }, {
                      "name" : "Test",
                      "actions" : [ { "name" : "Ghost", "actionTypeId" : { "category" : "Test", "owner" : "ThirdParty", "provider" : "AcmeTester", "version" : "1" },
                        "configuration" : { "Key" : "v" }, "inputArtifacts" : [ { "name" : "Built" } ] } ]
                    } ]
                  }
                }""";
        Pipeline pipeline = new CodePipelineImporter().read(declaration, "others.json").pipeline();
        var problems = dev.pipewright.model.PipelineValidator.validate(pipeline, dev.pipewright.actions.Providers.builtIn());
        assertTrue(problems.stream().noneMatch(p -> p.severity() == dev.pipewright.model.Severity.ERROR), problems.toString());
        Action jenkins = pipeline.stages().get(1).actions().get(0);
        assertEquals(Optional.of("Custom"), jenkins.owner());
        assertTrue(!dev.pipewright.actions.Providers.builtIn().runsLocally(jenkins));

        // through the pipeline file and back out: the same declaration
        Pipeline reread = dev.pipewright.io.PipelineFiles.read(dev.pipewright.io.PipelineFiles.write(pipeline), "others.pipeline.json");
        var json = new com.fasterxml.jackson.databind.json.JsonMapper();
        assertEquals(json.readTree(declaration), json.readTree(dev.pipewright.interop.CheckedExports.codePipeline(reread).mainText()));

        // without an owner, a provider nobody knows is a typo
        Pipeline typo = Pipeline.of("typo", dev.pipewright.model.Stage.of("Build",
                jenkins.withOwner(Optional.empty()).withInputArtifacts(List.of())));
        assertTrue(dev.pipewright.model.PipelineValidator.validate(typo, dev.pipewright.actions.Providers.builtIn()).stream()
                .anyMatch(p -> p.severity() == dev.pipewright.model.Severity.ERROR && p.message().contains("MyJenkinsBuilder")));
    }
}
