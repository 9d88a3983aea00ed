package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: runs, exit codes, located errors, history, logs. */
class CommandLineTest {

    @TempDir
    Path dir;

    private Path runs() {
        return dir.resolve("runs");
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    static String pipeline(String name, String commands) {
        return """
                {
                  "schemaVersion": 1,
                  "pipeline": {
                    "name": "%s",
                    "variables": [ { "name": "Token", "secret": true } ],
                    "stages": [ { "name": "Build", "actions": [ {
                      "name": "Run", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                      "configuration": { "commands": %s } } ] } ]
                  }
                }
                """.formatted(name, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(commands));
    }

    @Test
    void theHelloExampleRunsAndSucceeds() {
        var cli = Cli.run("run", "examples/hello.pipeline.json", "--runs-dir", runs().toString(), "--logs");
        assertEquals(0, cli.exitCode(), cli.all());
        assertTrue(cli.out().contains("Hello, world!"), cli.out());
        assertTrue(cli.out().contains("Succeeded"), cli.out());
    }

    @Test
    void everyExampleIsValid() {
        var cli = Cli.run("validate", "examples/hello.pipeline.json", "examples/build-test-deploy.pipeline.json",
                "examples/release-with-approval.pipeline.json");
        assertEquals(0, cli.exitCode(), cli.all());
        assertEquals(3, cli.out().lines().filter(l -> l.contains(": ok (")).count(), cli.out());
    }

    @Test
    void aFailedRunExitsNonZeroAndShowsTheLogTail() throws Exception {
        Path file = write("fail.pipeline.json", pipeline("fail", "echo 'the last words'; exit 7"));
        var cli = Cli.run("run", file.toString(), "--runs-dir", runs().toString(), "--var", "Token=abcdef");
        assertEquals(PipewrightCommand.FAILED, cli.exitCode(), cli.all());
        assertTrue(cli.out().contains("the last words"), cli.out());
        assertTrue(cli.out().contains("code 7"), cli.out());
    }

    @Test
    void secretsNeverReachTheTerminalOrTheEventsFile() throws Exception {
        String secret = "s3cr3t-on-the-command-line";
        Path file = write("secret.pipeline.json", pipeline("secret", "echo \"using #{variables.Token}\""));
        Path events = dir.resolve("events.jsonl");
        var cli = Cli.run("run", file.toString(), "--runs-dir", runs().toString(), "--logs",
                "--var", "Token=" + secret, "--events", events.toString());
        assertEquals(0, cli.exitCode(), cli.all());
        assertFalse(cli.all().contains(secret), cli.all());
        assertTrue(cli.out().contains("using ****"), cli.out());
        String jsonl = Files.readString(events);
        assertFalse(jsonl.contains(secret));
        var mapper = new ObjectMapper();
        for (String line : jsonl.split("\n")) {
            assertTrue(mapper.readTree(line).has("event"), line);
        }
        assertTrue(jsonl.contains("\"event\":\"ExecutionFinished\""), jsonl);
    }

    @Test
    void malformedFilesAreReportedWithLineAndColumn() throws Exception {
        Path syntax = write("syntax.pipeline.json", "{\n  \"schemaVersion\": 1,\n  \"pipeline\": {\n    \"name\": \"x\",,\n");
        Path unknown = write("unknown.pipeline.json", pipeline("unknown", "true").replace("\"runOrder\"", "\"runOrdr\""));
        Path invalid = write("invalid.pipeline.json", pipeline("invalid", "echo #{Nope.Value}"));
        var cli = Cli.run("validate", syntax.toString(), unknown.toString(), invalid.toString(),
                dir.resolve("missing.pipeline.json").toString());
        assertEquals(PipewrightCommand.BAD_INPUT, cli.exitCode());
        assertTrue(cli.err().contains("syntax.pipeline.json:4:"), cli.err());
        assertTrue(cli.err().contains("unknown.pipeline.json:7:") && cli.err().contains("runOrder"), cli.err());
        assertTrue(cli.err().contains("invalid.pipeline.json:8:") && cli.err().contains("Nope"), cli.err());
        assertTrue(cli.err().contains("missing.pipeline.json"), cli.err());
        assertFalse(cli.all().contains("Exception"), "no stack traces: " + cli.all());

        var run = Cli.run("run", invalid.toString(), "--runs-dir", runs().toString());
        assertEquals(PipewrightCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("fix the errors above first"), run.err());
        assertFalse(Files.exists(runs()), "nothing ran");
    }

    @Test
    void historyAndLogsReadWhatRunsLeft() throws Exception {
        Path file = write("logged.pipeline.json", pipeline("logged", "echo 'line for the logs command'"));
        var run = Cli.run("run", file.toString(), "--runs-dir", runs().toString(), "--var", "Token=abcdef");
        assertEquals(0, run.exitCode(), run.all());
        var history = Cli.run("history", file.toString(), "--runs-dir", runs().toString());
        assertEquals(0, history.exitCode(), history.all());
        List<String> rows = history.out().lines().toList();
        assertEquals(2, rows.size(), history.out());
        String id = rows.get(1).split("\\s+")[0];
        assertTrue(rows.get(1).contains("Succeeded"), rows.get(1));

        var logs = new LogsCommand();
        var bytes = new java.io.ByteArrayOutputStream();
        logs.sink = bytes;
        var commandLine = new picocli.CommandLine(logs);
        int code = commandLine.execute(id.substring(0, 17), "Build/Run", "--runs-dir", runs().toString());
        assertEquals(0, code);
        assertTrue(bytes.toString().contains("line for the logs command"), bytes.toString());

        var unknown = Cli.run("logs", "nosuchid", "--runs-dir", runs().toString());
        assertEquals(PipewrightCommand.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("no execution 'nosuchid'"), unknown.err());
    }

    @Test
    void schemaIsPrinted() throws Exception {
        var cli = Cli.run("schema");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(new ObjectMapper().readTree(cli.out()).has("$schema"));
    }

    @Test
    void versionAndHelpWorkEverywhere() {
        assertTrue(Cli.run("--version").out().startsWith("Pipewright "));
        for (String command : List.of("run", "validate", "schema", "history", "logs", "approve", "reject", "retry")) {
            var help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: pipewright " + command), help.out());
            assertEquals(0, Cli.run(command, "--version").exitCode(), command);
        }
    }

    @Test
    void helpSaysABarePipewrightOpensTheWindow() {
        var help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("pipewright alone opens the window"), help.out());
        assertTrue(text.contains("pipewright FILE opens FILE in the window"), help.out());
    }

    /** The command line is built with the named command alone; help and mistakes still see them all. */
    @Test
    void helpListsEveryCommandAndAMistypedOneIsCorrected() {
        var help = Cli.run("--help");
        for (String command : List.of("run", "validate", "render", "schema", "history", "logs", "approve", "reject",
                "retry", "watch", "import", "export", "help")) {
            assertTrue(help.out().contains("  " + command + " ") || help.out().contains("  " + command + "\n"),
                    command + " missing from: " + help.out());
        }
        var helpValidate = Cli.run("help", "validate");
        assertTrue(helpValidate.out().contains("Usage: pipewright validate"), helpValidate.all());
        var typo = Cli.run("valdate", "x.pipeline.json");
        assertEquals(2, typo.exitCode(), typo.all());
        assertTrue(typo.err().contains("validate"), typo.err());
    }
}
