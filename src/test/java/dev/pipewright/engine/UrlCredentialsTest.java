package dev.pipewright.engine;

import static dev.pipewright.engine.TestPipelines.engine;
import static dev.pipewright.engine.TestPipelines.finish;
import static dev.pipewright.engine.TestPipelines.request;
import static dev.pipewright.engine.TestPipelines.shell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code http://user:password@host/}: the password is sent as Basic authentication and shown nowhere. */
class UrlCredentialsTest {

    static final String PASSWORD = "pa55-w0rd:x@y";
    static final String WRITTEN = "pa55-w0rd%3Ax%40y"; // as written in an address

    @TempDir
    Path dir;

    @Test
    void thePasswordIsSentAsBasicAuthenticationAndMaskedEverywhere() throws Exception {
        Map<String, String> received = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://deployer:" + WRITTEN + "@127.0.0.1:" + server.getAddress().getPort() + "/hook";
            Action hook = Action.of("Hook", ActionCategory.INVOKE, "Http")
                    .withConfiguration(Map.of("url", ConfigValue.text(url)));
            var pipeline = Pipeline.of("creds", Stage.of("Notify", hook,
                    shell("Echo", 1, "echo \"calling " + url + "\"; echo 'decoded " + PASSWORD + "'")));
            var events = new ByteArrayOutputStream();
            try (var engine = engine(dir.resolve("runs"))) {
                engine.addListener(e -> events.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8)));
                var execution = engine.start(request(pipeline, dir));
                var end = finish(execution);
                assertEquals(ExecutionStatus.SUCCEEDED, end.status(), end.summary());

                String expected = "Basic " + Base64.getEncoder().encodeToString(
                        ("deployer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                assertEquals(expected, received.get("authorization"));

                String log = Files.readString(execution.folder().logFile("Notify", "Hook"));
                assertTrue(log.contains("GET http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), log);
                assertTrue(log.contains("Basic authentication as 'deployer' (password not shown)"), log);
                String echoed = Files.readString(execution.folder().logFile("Notify", "Echo"));
                assertTrue(echoed.contains("decoded " + SecretMasker.MASK), echoed);

                try (Stream<Path> files = Files.walk(execution.folder().dir())) {
                    // pipeline.json is the pipeline as the user wrote it, kept to retry and re-run it
                    for (Path f : files.filter(Files::isRegularFile)
                            .filter(f -> !f.equals(execution.folder().snapshotFile())).toList()) {
                        String text = Files.readString(f);
                        assertFalse(text.contains(PASSWORD) || text.contains(WRITTEN), "the password is in " + f);
                    }
                }
                String said = events.toString(StandardCharsets.UTF_8);
                assertFalse(said.contains(PASSWORD) || said.contains(WRITTEN), "the password is in an event");
            }
        } finally {
            server.stop(0);
        }
    }
}
