package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pipewright import and export, including the ways they refuse. */
class ImportExportCommandTest {

    static final String DECLARATION = """
            {"pipeline": {"name": "demo", "roleArn": "arn:aws:iam::111122223333:role/r",
              "artifactStore": {"type": "S3", "location": "bucket-1"},
              "stages": [
                {"name": "Source", "actions": [{"name": "Src", "actionTypeId": {"category": "Source", "owner": "AWS",
                  "provider": "S3", "version": "1"}, "configuration": {"S3Bucket": "b", "S3ObjectKey": "k.zip"},
                  "outputArtifacts": [{"name": "Code"}], "runOrder": 1}]},
                {"name": "Build", "actions": [{"name": "Make", "actionTypeId": {"category": "Build", "owner": "AWS",
                  "provider": "CodeBuild", "version": "1"}, "configuration": {"ProjectName": "make"},
                  "inputArtifacts": [{"name": "Code"}], "runOrder": 1}]}]},
             "metadata": {"pipelineArn": "arn:aws:codepipeline:us-east-1:111122223333:demo"}}
            """;

    @TempDir
    Path dir;

    @Test
    void importWritesAPipelineFileAndSaysWhatDidNotCarryOver() throws Exception {
        Path in = Files.writeString(dir.resolve("demo.json"), DECLARATION);
        Path out = dir.resolve("demo.pipeline.json");
        Cli cli = Cli.run("import", "--from", "codepipeline", in.toString(), "-o", out.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        assertTrue(Files.exists(out));
        assertTrue(cli.out().contains("metadata: left out"), cli.out());
        assertTrue(cli.out().contains("runs only on AWS"), cli.out());
        assertTrue(cli.err().contains("warning"), "validation warnings are printed: " + cli.err());

        Path back = dir.resolve("back.json");
        Cli export = Cli.run("export", "--to", "codepipeline", out.toString(), "-o", back.toString());
        assertEquals(0, export.exitCode(), export.all());
        assertTrue(export.out().contains("Everything carried over."), export.out());
        assertTrue(Files.readString(back).contains("\"roleArn\" : \"arn:aws:iam::111122223333:role/r\""));
        assertEquals(java.util.List.of(), dev.pipewright.interop.codepipeline.CodePipelineChecks.problems(
                Files.readString(back)), "the export passes CodePipeline's rules and API model");
    }

    @Test
    void exportWritesBuildspecsNextToTheDeclarationAndRefusesToOverwrite() throws Exception {
        Path out = dir.resolve("aws/pipeline.json");
        Cli refused = Cli.run("export", "--to", "codepipeline", "examples/hello.pipeline.json", "-o", out.toString());
        assertEquals(PipewrightCommand.FAILED, refused.exitCode(), "hello has no Source stage: " + refused.all());
        assertTrue(refused.err().contains("must hold only Source actions"), refused.err());
        assertTrue(!Files.exists(out), "nothing is written");

        Cli cli = Cli.run("export", "--to", "codepipeline", "examples/build-test-deploy.pipeline.json", "-o",
                out.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        try (var files = Files.list(dir.resolve("aws/buildspecs"))) {
            assertTrue(files.findAny().isPresent(), "a buildspec per Shell action");
        }
        assertTrue(cli.out().contains("create that project"), cli.out());
        assertEquals(java.util.List.of(), dev.pipewright.interop.codepipeline.CodePipelineChecks.problems(
                Files.readString(out)), "the export passes CodePipeline's rules and API model");

        Cli again = Cli.run("export", "--to", "codepipeline", "examples/build-test-deploy.pipeline.json", "-o",
                out.toString());
        assertEquals(PipewrightCommand.BAD_INPUT, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(0, Cli.run("export", "--to", "codepipeline", "examples/build-test-deploy.pipeline.json", "-o",
                out.toString(), "--force").exitCode());
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"pipeline\": [,\n");
        Path workflow = Files.writeString(dir.resolve("workflow.json"), "{\"jobs\": {}}");
        for (String[] args : new String[][]{
                {"import", "--from", "codepipeline", dir.resolve("missing.json").toString(), "-o", dir.resolve("a.pipeline.json").toString()},
                {"import", "--from", "codepipeline", broken.toString(), "-o", dir.resolve("b.pipeline.json").toString()},
                {"import", "--from", "codepipeline", workflow.toString(), "-o", dir.resolve("c.pipeline.json").toString()},
                {"import", "--from", "jenkins", workflow.toString(), "-o", dir.resolve("d.pipeline.json").toString()}}) {
            Cli cli = Cli.run(args);
            assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode(), cli.all());
            assertEquals(1, cli.err().strip().lines().count(), cli.err());
            assertFalse(cli.err().contains("Exception"), cli.err());
        }
        assertTrue(Cli.run("import", "--from", "codepipeline", broken.toString(), "-o",
                dir.resolve("e.pipeline.json").toString()).err().contains("broken.json:2:"));
    }
}
