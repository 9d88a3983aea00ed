package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.ExecutionStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret substituted into an action's commands never reaches a file under the runs folder. */
class SecretOnDiskTest {

    private static final String SECRET = "s3cr3t-Value-91b7e2";

    @TempDir
    Path dir;

    private OtherJvm jvm;

    @AfterEach
    void end() {
        jvm.close();
    }

    /** Every file under {@code root} whose bytes hold the secret. */
    private static List<Path> filesHoldingTheSecret(Path root) throws IOException {
        byte[] needle = SECRET.getBytes(StandardCharsets.UTF_8);
        var found = new ArrayList<Path>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException gone) {
                    continue; // a temporary file renamed away while we looked
                }
                if (new String(content, StandardCharsets.ISO_8859_1)
                        .contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    @Test
    void notWhileTheActionRunsNorAfterACrash() throws Exception {
        jvm = new OtherJvm(dir.resolve("other-jvm.out"));
        Path runs = dir.resolve("runs");
        Path started = dir.resolve("started");
        Path file = Files.writeString(dir.resolve("secret.pipeline.json"), """
                { "schemaVersion": 1, "pipeline": { "name": "secret",
                  "variables": [ { "name": "Token", "secret": true } ],
                  "stages": [ { "name": "Build", "actions": [
                  { "name": "Use", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                    "configuration": { "commands": [ "TOKEN='#{variables.Token}'", "echo \\"token is $TOKEN\\"",
                      "echo yes > '%s'", "sleep 300" ] } } ] } ] } }
                """.formatted(started));
        Process other = jvm.pipewright("run", file.toString(), "--var", "Token=" + SECRET, "--runs-dir", runs.toString());
        var store = new ExecutionStore(runs);
        Path log = jvm.waitFor("the action to use the secret", () -> Optional.of(started).filter(Files::exists)
                .flatMap(f -> store.folders(Optional.empty()).stream().findFirst())
                .map(f -> f.logFile("Build", "Use")).filter(l -> {
                    try {
                        return Files.readString(l).contains("token is");
                    } catch (IOException e) {
                        return false;
                    }
                }));
        assertTrue(Files.readString(log).contains("token is ****"), Files.readString(log));
        assertEquals(List.of(), filesHoldingTheSecret(runs), "while the action runs");
        Path executionDir = store.folders(Optional.empty()).get(0).dir();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(executionDir)),
                "the execution's folder is its owner's alone");

        other.destroyForcibly();
        assertTrue(other.waitFor(30, TimeUnit.SECONDS));
        assertEquals(ExecutionStatus.INTERRUPTED, store.history(Optional.empty()).get(0).status());
        assertEquals(List.of(), filesHoldingTheSecret(runs), "after the crash");
        try (Stream<Path> files = Files.walk(executionDir.resolve("work"))) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(),
                    "nothing transient is left in the working folders");
        }
    }
}
