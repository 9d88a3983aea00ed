package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of gigabytes, an endless device, a pipe nobody writes to, a loop of links: every command
 * that reads a file a person names refuses them in words with exit code 2, never a stack trace,
 * an out-of-memory error or a hang.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private List<List<String>> everyReadingCommand(Path file) {
        String runs = tmp.resolve("runs").toString();
        String f = file.toString();
        return List.of(
                List.of("validate", f),
                List.of("run", f, "--runs-dir", runs),
                List.of("export", "--to", "github", f, "-o", tmp.resolve("out.yml").toString(), "--force"),
                List.of("render", f, "-o", tmp.resolve("out.svg").toString()),
                List.of("history", f, "--runs-dir", runs),
                List.of("watch", f, "--runs-dir", runs),
                List.of("import", "--from", "gitlab", f, "-o", tmp.resolve("in.pipeline.json").toString(), "--force"),
                List.of("import", "--from", "codepipeline", f, "-o", tmp.resolve("in.pipeline.json").toString(),
                        "--force"));
    }

    private void refusedByAll(Path file, String words) {
        for (List<String> args : everyReadingCommand(file)) {
            Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run(args.toArray(String[]::new)),
                    () -> String.join(" ", args) + " did not end");
            String said = String.join(" ", args) + " said:\n" + cli.all();
            assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode(), said);
            assertTrue(cli.err().contains(file + ": ") && cli.err().contains(words), said);
            assertFalse(cli.all().contains("Exception") || cli.all().contains("Error:")
                    || cli.all().contains("\tat "), said);
        }
    }

    @Test
    void aFileOfGigabytesIsRefusedNamingTheLimit() throws IOException {
        Path huge = tmp.resolve("huge.pipeline.json");
        try (var raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024); // sparse: nothing is written
        }
        refusedByAll(huge, "more than the 32 MB Pipewright reads");
    }

    @Test
    void anEndlessDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        refusedByAll(zero, "not a regular file");
    }

    @Test
    void aPipeIsRefusedInsteadOfWaitingForever() throws Exception {
        Path fifo = tmp.resolve("fifo.pipeline.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        refusedByAll(fifo, "not a regular file");
    }

    @Test
    void aLoopOfLinksIsNamedAsOne() throws IOException {
        Path a = tmp.resolve("a.pipeline.json");
        Files.createSymbolicLink(a, Path.of("b.pipeline.json"));
        Files.createSymbolicLink(tmp.resolve("b.pipeline.json"), Path.of("a.pipeline.json"));
        refusedByAll(a, "symbolic links loop");
    }

    @Test
    void brokenJsonShowsNoParserInternals() throws IOException {
        List<String> shown = new ArrayList<>();
        Path broken = Files.writeString(tmp.resolve("broken.pipeline.json"), "{\"schemaVersion\": 1, \"pipeline\": {");
        for (List<String> args : everyReadingCommand(broken)) {
            if (args.contains("gitlab")) {
                continue; // YAML: its own reader
            }
            Cli cli = Cli.run(args.toArray(String[]::new));
            shown.add(cli.all());
            assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode(), cli::all);
            assertTrue(cli.err().contains(broken + ":1:35: "), cli::all);
            assertTrue(cli.err().contains("the object opened at line 1, column 34 is closed; add the missing }"),
                    cli::all);
        }
        shown.forEach(text -> List.of("REDACTED", "StreamReadFeature", "StreamReadConstraints", "Source:")
                .forEach(word -> assertFalse(text.contains(word), text)));
    }
}
