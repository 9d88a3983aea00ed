package dev.pipewright.actions.invoke;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/** Sends one request for an Http action, logging it without secrets, and reads a bounded answer. */
final class HttpExchange {

    /** Answers are read up to this size; output variables need the whole JSON, logs only its start. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    static final int LOGGED_BODY = 4 * 1024;
    private static final Duration MAX_CONNECT = Duration.ofSeconds(30);

    record Answer(int status, byte[] body, boolean truncated) {
    }

    private HttpExchange() {
    }

    static Answer send(ActionContext context, ActionSettings settings, HttpRequest request)
            throws ActionFailedException, InterruptedException {
        Duration timeout = context.timeout();
        Duration connect = timeout.isZero() || timeout.isNegative() || timeout.compareTo(MAX_CONNECT) > 0
                ? MAX_CONNECT : timeout;
        HttpClient client = HttpClient.newBuilder().connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        context.log(request.method() + " " + describe(request.uri()));
        request.headers().map().keySet().forEach(name -> context.log("  header " + name + ": (value not shown)"));

        AtomicReference<InputStream> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        context.onCancel(() -> {
            future.cancel(true);
            closeQuietly(body.get());
        });
        HttpResponse<InputStream> response;
        try {
            response = future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw settings.failure("the request to " + describe(request.uri()) + " was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw settings.failure("the request to " + describe(request.uri()) + " failed: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                    + "; check the address and that the server is running", cause);
        }
        body.set(response.body());
        context.log("Status " + response.statusCode());
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            boolean truncated = bytes.length > MAX_BODY;
            if (truncated) {
                bytes = Arrays.copyOf(bytes, MAX_BODY);
            }
            logBody(context, bytes, truncated);
            return new Answer(response.statusCode(), bytes, truncated);
        } catch (IOException e) {
            if (context.isCancelled()) {
                throw settings.failure("the request to " + describe(request.uri()) + " was stopped");
            }
            throw settings.failure("reading the answer from " + describe(request.uri()) + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** The address without its query, which often carries tokens. */
    static String describe(URI uri) {
        String base = uri.getScheme() + "://" + uri.getAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        return uri.getRawQuery() == null ? base : base + "?(query not shown)";
    }

    private static void logBody(ActionContext context, byte[] bytes, boolean truncated) {
        if (bytes.length == 0) {
            return;
        }
        int shown = Math.min(bytes.length, LOGGED_BODY);
        context.log(new String(bytes, 0, shown, StandardCharsets.UTF_8));
        if (shown < bytes.length || truncated) {
            context.log("... (" + (truncated ? "more than " : "") + (bytes.length - shown)
                    + " more bytes not shown)");
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // ending anyway
            }
        }
    }
}
