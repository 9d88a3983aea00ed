package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret's value never reaches a log file, a record or an event. */
class SecretsTest {

    static final String SECRET = "hunter2-s3cr3t-value";

    @TempDir
    Path dir;

    @Test
    void secretsAreMaskedInLogsRecordsAndEvents() throws Exception {
        var pipeline = Pipeline.of("secrets", Stage.of("Build",
                        shell("Leak", 1, "echo \"token is #{variables.Token}\"; echo \"env $PIPEWRIGHT_VAR_Token\"; echo \"Out=#{variables.Token}\" >> \"$PIPEWRIGHT_OUTPUT\"")
                                .withNamespace(Optional.of("Leaky"))),
                Stage.of("Use", shell("Again", 1, "echo \"again #{Leaky.Out}\"; test \"#{Leaky.Out}\" = \"$PIPEWRIGHT_VAR_Token\"")))
                .withVariables(List.of(new PipelineVariable("Token", Optional.empty(), Optional.empty(), true,
                        Optional.empty())));
        var events = new ByteArrayOutputStream();
        try (var engine = engine(dir.resolve("runs"))) {
            engine.addListener(e -> events.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8)));
            var execution = engine.start(request(pipeline, dir).withVariables(Map.of("Token", SECRET)));
            var end = finish(execution);
            assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());
            String log = Files.readString(execution.folder().logFile("Build", "Leak"));
            assertTrue(log.contains("token is " + SecretMasker.MASK), log);
            try (Stream<Path> files = Files.walk(execution.folder().dir())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(f).contains(SECRET), "the secret is in " + f);
                }
            }
            assertFalse(events.toString(StandardCharsets.UTF_8).contains(SECRET), "the secret is in an event");
            assertTrue(events.toString(StandardCharsets.UTF_8).contains(SecretMasker.MASK));
        }
    }

    @Test
    void aSecretSplitAcrossWritesIsStillMasked() throws Exception {
        var masker = new SecretMasker(List.of(SECRET));
        Path file = dir.resolve("log.txt");
        var chunks = new StringBuilder();
        try (var log = new ActionLog(file, false, masker, chunks::append)) {
            byte[] bytes = ("before " + SECRET + " after " + SECRET).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                log.write(new byte[] {b}, 0, 1); // the worst case: one byte at a time
            }
        }
        String expected = "before " + SecretMasker.MASK + " after " + SecretMasker.MASK;
        assertEquals(expected, Files.readString(file));
        assertEquals(expected, chunks.toString());
    }
}
