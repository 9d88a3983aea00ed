package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.process.ProcessTree;
import dev.pipewright.actions.shell.ShellBuild;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ShellBuildTest {

    @TempDir
    Path tmp;

    static Action build(String commands) {
        return Action.of("Compile", ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text(commands));
    }

    @Test
    void runsCommandsInTheWorkingFolderAndLogsOutput() throws Exception {
        TestContext ctx = new TestContext(tmp, build("echo hello from $(basename \"$PWD\")\necho to-stderr >&2"));
        new ShellBuild().execute(ctx);
        String log = ctx.logText();
        assertTrue(log.contains("hello from work"), log);
        assertTrue(log.contains("to-stderr"), log);
    }

    @Test
    void nonZeroExitFailsWithTheCode() {
        TestContext ctx = new TestContext(tmp, build("echo before\nexit 3"));
        var e = assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertTrue(e.getMessage().contains("commands exited with code 3"), e.getMessage());
        assertFalse(e.getMessage().contains("Compile"), "the engine names the action, not the provider: " + e.getMessage());
    }

    @Test
    void firstFailingCommandStopsTheScript() throws Exception {
        TestContext ctx = new TestContext(tmp, build("false\necho not-reached"));
        assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertFalse(ctx.logText().contains("not-reached"));
    }

    @Test
    void commandsAsAListOfLines() throws Exception {
        Action action = build("").withSetting("commands", ConfigValue.list("A=1", "echo value-$A"));
        TestContext ctx = new TestContext(tmp, action);
        new ShellBuild().execute(ctx);
        assertTrue(ctx.logText().contains("value-1"));
    }

    @Test
    void environmentLayersAndOutputVariables() throws Exception {
        Action action = build("""
                echo "Greeting=$GREETING $FROM_ENGINE" >> "$PIPEWRIGHT_OUTPUT"
                echo "Notes<<EOF" >> "$PIPEWRIGHT_OUTPUT"
                printf 'line one\\nline two\\n' >> "$PIPEWRIGHT_OUTPUT"
                echo "EOF" >> "$PIPEWRIGHT_OUTPUT"
                echo "Empty=" >> "$PIPEWRIGHT_OUTPUT"
                """).withSetting("environment", new ConfigValue.TextMap(Map.of("GREETING", "hi", "OVERRIDDEN", "mine")));
        TestContext ctx = new TestContext(tmp, action);
        ctx.environment.put("FROM_ENGINE", "engine");
        ctx.environment.put("OVERRIDDEN", "engine");

        new ShellBuild().execute(ctx);

        assertEquals(Map.of("Greeting", "hi engine", "Notes", "line one\nline two", "Empty", ""), ctx.variables);
    }

    @Test
    void malformedOutputFileFailsNamingTheLine() {
        TestContext ctx = new TestContext(tmp, build("echo 'not a variable' >> \"$PIPEWRIGHT_OUTPUT\""));
        var e = assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void inputArtifactsAreNamedInTheEnvironment() throws Exception {
        TestContext ctx = new TestContext(tmp, build("cat \"$PIPEWRIGHT_INPUT_BUILD_OUTPUT/x.txt\""));
        TestFiles.write(ctx.addInput("build-output"), "x.txt", "from-input");
        new ShellBuild().execute(ctx);
        assertTrue(ctx.logText().contains("from-input"));
    }

    @Test
    void workingDirectoryInsideWorkDir() throws Exception {
        Action action = build("cat here.txt").withSetting("workingDirectory", ConfigValue.text("sub"));
        TestContext ctx = new TestContext(tmp, action);
        TestFiles.write(ctx.workDir(), "sub/here.txt", "in-sub");
        new ShellBuild().execute(ctx);
        assertTrue(ctx.logText().contains("in-sub"));
    }

    @Test
    void workingDirectoryMustNotEscape() {
        Action action = build("true").withSetting("workingDirectory", ConfigValue.text("../.."));
        TestContext ctx = new TestContext(tmp, action);
        var e = assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertTrue(e.getMessage().contains("workingDirectory"), e.getMessage());
    }

    @Test
    void outputArtifactsTakeGlobbedFilesWithRelativePaths() throws Exception {
        Action action = build("mkdir -p dist/js && echo a > dist/app.txt && echo b > dist/js/b.js && echo c > other.txt")
                .withOutputArtifacts(List.of(new OutputArtifact("site", List.of("dist/**/*.js", "dist/*.txt")),
                        OutputArtifact.named("everything")));
        TestContext ctx = new TestContext(tmp, action);

        new ShellBuild().execute(ctx);

        assertEquals(Map.of("dist/app.txt", "a\n", "dist/js/b.js", "b\n"), TestFiles.tree(ctx.outputArtifactDir("site")));
        assertEquals(Map.of("dist/app.txt", "a\n", "dist/js/b.js", "b\n", "other.txt", "c\n"),
                TestFiles.tree(ctx.outputArtifactDir("everything")));
        assertFalse(Files.list(ctx.outputArtifactDir("everything")).anyMatch(p -> p.toString().endsWith(".sh")),
                "the script must not land in the working folder");
    }

    @Test
    void globMatchingNothingFailsNamingIt() {
        Action action = build("true").withOutputArtifacts(List.of(new OutputArtifact("site", List.of("dist/**"))));
        TestContext ctx = new TestContext(tmp, action);
        var e = assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertTrue(e.getMessage().contains("'dist/**'"), e.getMessage());
        assertTrue(e.getMessage().contains("'site'"), e.getMessage());
    }

    @Test
    void largeOutputIsStreamedToTheLog() throws Exception {
        long size = 50L * 1024 * 1024;
        TestContext ctx = new TestContext(tmp, build("head -c " + size + " /dev/zero"));
        new ShellBuild().execute(ctx);
        assertEquals(size, Files.size(ctx.logFile()));
    }

    @Test
    void stdinIsEmpty() throws Exception {
        TestContext ctx = new TestContext(tmp, build("if read line; then echo got-input; else echo no-input; fi"));
        new ShellBuild().execute(ctx);
        assertTrue(ctx.logText().contains("no-input"));
    }

    @Test
    void backgroundProcessesLeftBehindEndWithTheAction() throws Exception {
        Path pid = tmp.resolve("leftover.pid");
        TestContext ctx = new TestContext(tmp, build("sleep 300 &\necho $! > '" + pid + "'\necho done\nexit 3"));
        var e = assertThrows(ActionFailedException.class, () -> new ShellBuild().execute(ctx));
        assertTrue(e.getMessage().contains("code 3"), "the script's own exit code: " + e.getMessage());
        assertTrue(ctx.logText().contains("done"));
        var leftover = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        for (int i = 0; i < 200 && leftover.map(p -> !ProcessTree.hasEnded(p)).orElse(false); i++) {
            Thread.sleep(10);
        }
        assertTrue(leftover.map(ProcessTree::hasEnded).orElse(true), "the background sleep is gone");
    }

    /** The output file is emptied in one open now, not deleted and made again: what an earlier attempt wrote is not read back. */
    @Test
    void anEarlierAttemptsOutputVariablesAreNotReadAgain() throws Exception {
        TestContext ctx = new TestContext(tmp, build("echo NEW=1 >> \"$PIPEWRIGHT_OUTPUT\""));
        Path outputFile = ctx.workDir().resolveSibling(ctx.workDir().getFileName() + ".output.env");
        Files.writeString(outputFile, "OLD=from an earlier attempt\n");
        new ShellBuild().execute(ctx);
        assertEquals(Map.of("NEW", "1"), ctx.variables);
        assertFalse(Files.exists(outputFile), "the output file is removed after the run");
    }
}
