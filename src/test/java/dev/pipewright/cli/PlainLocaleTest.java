package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Under the C locale (no LANG), where Java encodes a process's environment as ASCII, commands keep every character. */
@EnabledOnOs(OS.LINUX)
class PlainLocaleTest {

    @TempDir
    Path dir;

    @Test
    void nonAsciiCommandsRunAsWritten() throws Exception {
        var other = new OtherJvm(dir.resolve("other-jvm.out"));
        try {
            Path file = Files.writeString(dir.resolve("locale.pipeline.json"), """
                    { "schemaVersion": 1, "pipeline": { "name": "locale", "stages": [ { "name": "Build", "actions": [
                      { "name": "Say", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                        "configuration": { "commands": "echo 'h\u00e9llo \u2713'" } } ] } ] } }
                    """, StandardCharsets.UTF_8);
            Process run = other.pipewright(env -> {
                env.remove("LANG");
                env.remove("LC_ALL");
                env.remove("LC_CTYPE");
            }, "run", file.toString(), "--runs-dir", dir.resolve("runs").toString());
            assertTrue(run.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, run.exitValue(), other.output());
            var folder = new ExecutionStore(dir.resolve("runs")).folders(Optional.empty()).get(0);
            String log = Files.readString(folder.logFile("Build", "Say"), StandardCharsets.UTF_8);
            assertTrue(log.contains("h\u00e9llo \u2713"), log);
        } finally {
            other.close();
        }
    }
}
