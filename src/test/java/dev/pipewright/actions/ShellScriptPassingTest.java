package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.shell.ShellBuild;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The commands reach the shell through a pipe, not a file: exactly as written, however long, and nowhere on disk. */
@EnabledOnOs(OS.LINUX)
class ShellScriptPassingTest {

    @TempDir
    Path tmp;

    private static Action build(String shell, String commands) {
        return Action.of("Compile", ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text(commands))
                .withSetting("shell", ConfigValue.text(shell));
    }

    @Test
    void everyByteArrivesAsWritten() throws Exception {
        for (String shell : new String[] {"sh", "bash"}) {
            String text = "h\u00e9llo \\\\ back\\\\slash %s \\n \u2713 \uD83D\uDE80 'quoted' \"double\" $HOME";
            var ctx = new TestContext(tmp.resolve(shell), build(shell, "cat <<'END'\n" + text + "\nEND"));
            new ShellBuild().execute(ctx);
            assertTrue(ctx.logText().contains(text + "\n"), shell + ": " + ctx.logText());
        }
    }

    @Test
    void aLongScriptRunsToItsLastLineWithItsLineNumbers() throws Exception {
        // several environment variables' worth, and more than a pipe holds at once
        String lines = IntStream.range(0, 20_000).mapToObj(i -> ": line " + i + " " + "x".repeat(20))
                .collect(Collectors.joining("\n"));
        var ctx = new TestContext(tmp, build("sh", lines + "\necho last line reached\nnosuchcommand-here"));
        try {
            new ShellBuild().execute(ctx);
        } catch (ActionFailedException expected) {
            // the last line fails on purpose
        }
        String log = ctx.logText();
        assertTrue(log.contains("last line reached"), log.substring(Math.max(0, log.length() - 500)));
        assertTrue(log.contains("20002: nosuchcommand-here"), "the shell's line numbers are the user's: "
                + log.substring(Math.max(0, log.length() - 500)));
    }

    @Test
    void noFileHoldsTheCommands() throws Exception {
        var ctx = new TestContext(tmp, build("sh", "echo marker-4f2a-in-the-commands > /dev/null; echo done"));
        new ShellBuild().execute(ctx);
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertTrue(!Files.readString(file).contains("marker-4f2a"), "found in " + file);
            }
        }
        assertEquals(true, ctx.logText().contains("done"));
    }
}
