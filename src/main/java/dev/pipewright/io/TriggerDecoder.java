package dev.pipewright.io;

import dev.pipewright.model.Trigger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one trigger: {@code { "gitConfiguration": { "sourceActionName", "push": [ ... ] } }}. */
final class TriggerDecoder {

    static final Set<String> TRIGGER_FIELDS = Set.of("gitConfiguration");
    static final Set<String> GIT_FIELDS = Set.of("sourceActionName", "push");
    static final Set<String> PUSH_FIELDS = Set.of("branches", "tags", "filePaths");
    static final Set<String> PATTERN_FIELDS = Set.of("includes", "excludes");

    private TriggerDecoder() {
    }

    static Optional<Trigger> decode(JsonObject json) {
        json.rest(TRIGGER_FIELDS, false);
        if (!json.has("gitConfiguration")) {
            json.missing("gitConfiguration", "{ \"sourceActionName\": \"Checkout\" }");
            return Optional.empty();
        }
        return json.object("gitConfiguration", "the gitConfiguration of " + json.what()).flatMap(git -> {
            Optional<String> source = git.requiredText("sourceActionName", "\"Checkout\"");
            List<Trigger.PushFilter> push = git.objects("push", "push filter", (o, i) -> Optional.of(filter(o)));
            git.rest(GIT_FIELDS, false);
            return source.map(s -> new Trigger(s, push));
        });
    }

    private static Trigger.PushFilter filter(JsonObject json) {
        var filter = new Trigger.PushFilter(patterns(json, "branches"), patterns(json, "tags"),
                patterns(json, "filePaths"));
        json.rest(PUSH_FIELDS, false);
        return filter;
    }

    private static Trigger.Patterns patterns(JsonObject json, String field) {
        return json.object(field, "the " + field + " of " + json.what()).map(p -> {
            var patterns = new Trigger.Patterns(p.texts("includes"), p.texts("excludes"));
            p.rest(PATTERN_FIELDS, false);
            return patterns;
        }).orElse(Trigger.Patterns.ANY);
    }
}
