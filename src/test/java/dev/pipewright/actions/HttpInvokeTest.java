package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pipewright.actions.invoke.HttpInvoke;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpInvokeTest {

    @TempDir
    Path tmp;
    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/deploy", exchange -> {
            received.put("method", exchange.getRequestMethod());
            received.put("token", String.valueOf(exchange.getRequestHeaders().getFirst("X-Token")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"data\":{\"id\":42,\"name\":\"web\",\"tags\":[\"a\"]}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private TestContext context(Map<String, ConfigValue> settings) {
        return new TestContext(tmp, Action.of("Notify", ActionCategory.INVOKE, "Http").withConfiguration(settings));
    }

    @Test
    void postsAndMapsJsonPointersToVariables() throws Exception {
        TestContext ctx = context(Map.of(
                "url", ConfigValue.text(url("/deploy?token=abc")),
                "method", ConfigValue.text("POST"),
                "headers", new ConfigValue.TextMap(Map.of("X-Token", "s3cr3t", "Content-Type", "application/json")),
                "body", ConfigValue.text("{\"go\":true}"),
                "outputVariables", new ConfigValue.TextMap(Map.of("Id", "/data/id", "Tags", "/data/tags"))));

        new HttpInvoke().execute(ctx);

        assertEquals(Map.of("method", "POST", "token", "s3cr3t", "body", "{\"go\":true}"), received);
        assertEquals(Map.of("StatusCode", "201", "Id", "42", "Tags", "[\"a\"]"), ctx.variables);
        String log = String.join("\n", ctx.lines);
        assertTrue(log.contains("POST http://127.0.0.1:"), log);
        assertTrue(log.contains("X-Token"), log);
        assertFalse(log.contains("s3cr3t"), "header values must not be logged");
        assertFalse(log.contains("token=abc"), "queries must not be logged");
    }

    @Test
    void unexpectedStatusFails() {
        TestContext ctx = context(Map.of("url", ConfigValue.text(url("/missing"))));
        var e = assertThrows(ActionFailedException.class, () -> new HttpInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("answered 404"), e.getMessage());
        assertTrue(e.getMessage().contains("2xx"), e.getMessage());
        assertEquals("404", ctx.variables.get("StatusCode"));
    }

    @Test
    void expectedStatusListAcceptsOtherCodes() throws Exception {
        TestContext ctx = context(Map.of("url", ConfigValue.text(url("/missing")),
                "expectedStatus", ConfigValue.text("200, 404")));
        new HttpInvoke().execute(ctx);
        assertEquals("404", ctx.variables.get("StatusCode"));
    }

    @Test
    void missingJsonPointerFailsNamingIt() {
        TestContext ctx = context(Map.of("url", ConfigValue.text(url("/deploy")),
                "outputVariables", new ConfigValue.TextMap(Map.of("Version", "/data/version"))));
        var e = assertThrows(ActionFailedException.class, () -> new HttpInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("'/data/version'"), e.getMessage());
    }

    @Test
    void unreachableServerFailsWithAHint() {
        server.stop(0);
        TestContext ctx = context(Map.of("url", ConfigValue.text(url("/deploy"))));
        var e = assertThrows(ActionFailedException.class, () -> new HttpInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("check the address"), e.getMessage());
    }

    @Test
    void nonHttpUrlIsRefused() {
        TestContext ctx = context(Map.of("url", ConfigValue.text("ftp://example.com/x")));
        var e = assertThrows(ActionFailedException.class, () -> new HttpInvoke().execute(ctx));
        assertTrue(e.getMessage().contains("http://"), e.getMessage());
    }
}
