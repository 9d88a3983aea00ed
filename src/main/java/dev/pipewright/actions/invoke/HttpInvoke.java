package dev.pipewright.actions.invoke;

import dev.pipewright.model.BuiltInProviders;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.SettingChecks;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invoke / Http: calls a web address and checks the answer. */
public final class HttpInvoke implements Provider {

    static final String URL = BuiltInProviders.Http.URL;
    static final String METHOD = BuiltInProviders.Http.METHOD;
    static final String HEADERS = BuiltInProviders.Http.HEADERS;
    static final String BODY = BuiltInProviders.Http.BODY;
    static final String EXPECTED_STATUS = BuiltInProviders.Http.EXPECTED_STATUS;
    static final String OUTPUT_VARIABLES = BuiltInProviders.Http.OUTPUT_VARIABLES;

    /** Made on the first JSON answer: building a mapper loads much of Jackson, which validate and export never need. */
    private static final class Answers {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.INVOKE, BuiltInProviders.Http.ID, "HTTP request",
            "Calls a web address and checks the status of the answer.",
            "Sends one HTTP request (a GET by default) with the headers and body you give, and succeeds when "
                    + "the answer's status is one you expect (any 2xx by default). Handy to trigger a web hook, "
                    + "check that a deployed site answers, or call an API. Values from a JSON answer can become "
                    + "output variables: map a variable name to a JSON Pointer such as /data/id. The log shows "
                    + "the request line, header names (never their values, which often hold tokens), the "
                    + "status and the start of the answer. The action's timeout applies to the whole request.",
            List.of(
                    SettingSpec.required(URL, "Address", SettingType.TEXT,
                                    "The http:// or https:// address to call.")
                            .withCheck(SettingChecks.httpUrl())
                            .withRole(SettingRole.CALLED_URL),
                    SettingSpec.optional(METHOD, "Method", SettingType.CHOICE, "The HTTP method.")
                            .withChoices("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
                            .withDefault(ConfigValue.text("GET")),
                    SettingSpec.optional(HEADERS, "Headers", SettingType.MAP,
                            "Request headers by name, such as Authorization or Content-Type."),
                    SettingSpec.optional(BODY, "Body", SettingType.MULTILINE_TEXT,
                            "The request body, sent as written (set Content-Type in the headers)."),
                    SettingSpec.optional(EXPECTED_STATUS, "Expected status", SettingType.TEXT,
                                    "The status codes that mean success: 200, a range like 2xx, or a list like "
                                            + "200,201,3xx.")
                            .withDefault(ConfigValue.text("2xx"))
                            .withCheck(v -> StatusExpectation.problem(v.asText())),
                    SettingSpec.optional(OUTPUT_VARIABLES, "Output variables", SettingType.MAP,
                                    "Variable names mapped to JSON Pointers into the answer, such as "
                                            + "Id: /data/id. A pointer that finds nothing fails the action.")
                            .withCheck(HttpInvoke::checkPointers)),
            ProviderSpec.Count.NONE, ProviderSpec.Count.NONE,
            List.of("StatusCode"), true);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        HttpRequest request = request(context, settings);
        StatusExpectation expected;
        try {
            expected = StatusExpectation.parse(settings.text(EXPECTED_STATUS).orElse("2xx"));
        } catch (IllegalArgumentException e) {
            throw settings.failure("setting 'expectedStatus': " + e.getMessage());
        }
        Map<String, String> pointers = settings.map(OUTPUT_VARIABLES);
        HttpExchange.Answer answer = HttpExchange.send(context, settings, request);
        context.setOutputVariable("StatusCode", Integer.toString(answer.status()));
        if (!expected.accepts(answer.status())) {
            throw settings.failure(request.method() + " " + HttpExchange.describe(request.uri()) + " answered "
                    + answer.status() + " but 'expectedStatus' is " + expected.text()
                    + "; the log shows the start of the answer");
        }
        if (!pointers.isEmpty()) {
            publish(context, settings, answer, pointers);
        }
    }

    private static HttpRequest request(ActionContext context, ActionSettings settings) throws ActionFailedException {
        String url = settings.requiredText(URL).trim();
        Optional<String> problem = SettingChecks.httpUrl().apply(ConfigValue.text(url));
        if (problem.isPresent()) {
            throw settings.failure("setting 'url': " + problem.get());
        }
        String method = settings.choice(METHOD).orElse("GET");
        Optional<String> body = settings.text(BODY);
        var address = UrlUser.split(URI.create(url));
        HttpRequest.Builder builder = HttpRequest.newBuilder(address.uri())
                .method(method, body.map(HttpRequest.BodyPublishers::ofString)
                        .orElse(HttpRequest.BodyPublishers.noBody()));
        if (!context.timeout().isZero() && !context.timeout().isNegative()) {
            builder.timeout(context.timeout());
        }
        for (var header : settings.map(HEADERS).entrySet()) {
            try {
                builder.header(header.getKey(), header.getValue());
            } catch (IllegalArgumentException e) {
                throw settings.failure("setting 'headers': the header '" + header.getKey()
                        + "' cannot be set (" + e.getMessage() + "); remove it, Java sets it itself");
            }
        }
        if (address.user().isPresent()) {
            if (settings.map(HEADERS).keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"))) {
                throw settings.failure("setting 'url' holds a user and password and setting 'headers' an "
                        + "Authorization header; keep one of them");
            }
            // Java's client ignores user:password@ in an address; it is sent the way browsers do
            builder.header("Authorization", address.user().get().basicAuthorization());
            context.log("Basic authentication as '" + address.user().get().name() + "' (password not shown)");
        }
        return builder.build();
    }

    private static void publish(ActionContext context, ActionSettings settings, HttpExchange.Answer answer,
                                Map<String, String> pointers) throws ActionFailedException {
        if (answer.truncated()) {
            throw settings.failure("the answer is larger than " + HttpExchange.MAX_BODY
                    + " bytes, too large to read output variables from");
        }
        JsonNode json;
        try {
            json = Answers.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw settings.failure("setting 'outputVariables' needs a JSON answer, but the answer is not JSON: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        for (var entry : pointers.entrySet()) {
            JsonNode found;
            try {
                found = json.at(JsonPointer.compile(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw settings.failure("setting 'outputVariables': '" + entry.getValue() + "' for "
                        + entry.getKey() + " is not a JSON Pointer (like /data/id): " + e.getMessage());
            }
            if (found.isMissingNode()) {
                throw settings.failure("setting 'outputVariables': the JSON Pointer '" + entry.getValue()
                        + "' for " + entry.getKey() + " finds nothing in the answer; the log shows its start");
            }
            context.setOutputVariable(entry.getKey(), found.isValueNode() ? found.asText() : found.toString());
        }
    }

    private static Optional<String> checkPointers(ConfigValue value) {
        if (!(value instanceof ConfigValue.TextMap map)) {
            return Optional.empty();
        }
        for (var entry : map.values().entrySet()) {
            String pointer = entry.getValue();
            if (!pointer.isEmpty() && !pointer.startsWith("/") && !pointer.contains("#{")) {
                return Optional.of("'" + pointer + "' for " + entry.getKey()
                        + " is not a JSON Pointer; it must start with / (like /data/id)");
            }
        }
        return Optional.empty();
    }
}
