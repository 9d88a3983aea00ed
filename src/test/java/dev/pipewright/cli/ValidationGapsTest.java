package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What used to pass validate and then fail (or go to the shell as text) at run time: each a located error. */
class ValidationGapsTest {

    @TempDir
    Path tmp;

    /** A pipeline whose Build/Use action has {@code commands}; a Git, LocalFolder, deploy and gate before it. */
    private Path pipeline(String commands, String variableValue) throws Exception {
        return Files.writeString(tmp.resolve("p.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "p",
                  "variables": [ { "name": "Name", "defaultValue": "%s" } ],
                  "stages": [
                  { "name": "Source", "actions": [
                    { "name": "Repo", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                      "namespace": "Git", "configuration": { "url": "https://example.org/x.git" },
                      "outputArtifacts": [ { "name": "Code" } ] },
                    { "name": "Here", "actionTypeId": { "category": "Source", "provider": "LocalFolder" }, "runOrder": 1,
                      "namespace": "Local", "configuration": { "path": "." }, "outputArtifacts": [ { "name": "Files" } ] } ] },
                  { "name": "Ship", "actions": [
                    { "name": "Copy", "actionTypeId": { "category": "Deploy", "provider": "Folder" }, "runOrder": 1,
                      "namespace": "Dep", "configuration": { "target": "out" }, "inputArtifacts": [ { "name": "Code" } ] },
                    { "name": "Zip", "actionTypeId": { "category": "Deploy", "provider": "Archive" }, "runOrder": 1,
                      "namespace": "Arc", "configuration": { "target": "out.zip" }, "inputArtifacts": [ { "name": "Code" } ] },
                    { "name": "Gate", "actionTypeId": { "category": "Approval", "provider": "Manual" }, "runOrder": 1,
                      "namespace": "Ok" } ] },
                  { "name": "Build", "actions": [
                    { "name": "Use", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": "%s" }, "inputArtifacts": [ { "name": "Code" } ] } ] } ] } }
                """.formatted(variableValue, commands));
    }

    private static final int COMMANDS_LINE = 19;

    private Cli validate(Path file) {
        return Cli.run("validate", file.toString());
    }

    private void refusedAt(Cli cli, Path file, int line, String words) {
        assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode(), cli.all());
        assertTrue(cli.err().lines().anyMatch(l -> l.startsWith(file + ":" + line + ":") && l.contains(": error: ")
                && l.contains(words)), () -> "no error at line " + line + " saying " + words + " in:\n" + cli.err());
    }

    @Test
    void theFileIsValidWithoutTheSlips() throws Exception {
        Cli cli = validate(pipeline("echo #{variables.Name} #{Git.CommitId} #{Local.Digest} #{Dep.TargetPath} "
                + "#{Arc.Sha256} #{Ok.ApprovedBy} ruby -e 'puts \\\"#{name}\\\"'", "world"));
        assertEquals(PipewrightCommand.OK, cli.exitCode(), cli.all());
    }

    @Test
    void aReferenceWithoutANameIsAnError() throws Exception {
        Path file = pipeline("echo #{variables.}", "world");
        refusedAt(validate(file), file, COMMANDS_LINE, "holds '#{variables.}', which is not a variable reference");
        assertTrue(validate(file).err().contains("name the variable after the dot, as in #{variables.NAME}"));
    }

    @Test
    void aReferenceWithSpacesIsAnError() throws Exception {
        Path file = pipeline("echo #{ variables.Name }", "world");
        refusedAt(validate(file), file, COMMANDS_LINE, "holds '#{ variables.Name }', which is not a variable reference");
        assertTrue(validate(file).err().contains("write #{variables.Name}"));
    }

    @Test
    void anUndeclaredOutputOfEachDeclaringProviderIsAnError() throws Exception {
        for (String namespace : new String[] {"Git", "Local", "Dep", "Arc", "Ok"}) {
            Path file = pipeline("echo #{" + namespace + ".Nope}", "world");
            refusedAt(validate(file), file, COMMANDS_LINE, "refers to #{" + namespace + ".Nope}, but provider");
        }
    }

    @Test
    void aReferenceInAVariablesValueIsAnError() throws Exception {
        Path file = pipeline("echo #{variables.Name}", "#{Git.CommitId}");
        refusedAt(validate(file), file, 2, "The value of variable 'Name' refers to #{Git.CommitId}");
    }

    @Test
    void aLoneSurrogateIsAnError() throws Exception {
        Path inCommands = pipeline("echo \\ud800 here", "world");
        refusedAt(validate(inCommands), inCommands, COMMANDS_LINE, "holds a lone UTF-16 surrogate (\\uD800, at character 6)");
        Path inValue = pipeline("echo #{variables.Name}", "x\\udc00");
        refusedAt(validate(inValue), inValue, 2, "The value of variable 'Name' holds a lone UTF-16 surrogate (\\uDC00");
    }
}
