package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheLatestExecutionOrTheOneNamedAndSaysWhenThereIsNone() throws Exception {
        String runs = dir.resolve("runs").toString();
        Cli copy = Cli.run("examples", "copy", "hello", dir.toString());
        assertEquals(0, copy.exitCode(), copy.all());
        String file = dir.resolve("hello/hello.pipeline.json").toString();

        Cli none = Cli.run("lesson", file, "-o", dir.resolve("none.html").toString(), "--runs-dir", runs);
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("has no executions") && none.err().contains("run it first"), none.err());
        assertFalse(Files.exists(dir.resolve("none.html")));

        assertEquals(0, Cli.run("run", file, "--runs-dir", runs).exitCode());
        Cli simulated = Cli.run("run", file, "--simulate", "--speed", "100", "--runs-dir", runs);
        assertEquals(0, simulated.exitCode(), simulated.all());

        Cli latest = Cli.run("lesson", file, "-o", dir.resolve("latest.html").toString(), "--runs-dir", runs);
        assertEquals(0, latest.exitCode(), latest.all());
        assertTrue(latest.out().contains("simulated"), "the latest is the simulated one: " + latest.out());
        String html = Files.readString(dir.resolve("latest.html"));
        var page = dev.pipewright.learn.LessonPages.parse(html);
        dev.pipewright.learn.LessonPages.assertSelfContained(page, html);

        String realId = Cli.run("history", "--runs-dir", runs).out().lines().skip(2).findFirst().orElseThrow()
                .split("\\s+")[0];
        Cli named = Cli.run("lesson", file, "--execution", realId, "-o", dir.resolve("real.html").toString(),
                "--runs-dir", runs);
        assertEquals(0, named.exitCode(), named.all());
        String real = Files.readString(dir.resolve("real.html"));
        assertTrue(real.contains("HELLO, WORLD!"), "the real run's log is in it");
        assertFalse(real.contains("Simulated"));
    }
}
