package dev.pipewright.engine;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.Stage;
import dev.pipewright.model.VariableReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a simulated execution does instead of an action's provider: no process, no network, no
 * file outside the execution's folder. It takes the simulated time, fails when told to, and
 * otherwise gives plausible output variables (those its provider declares, and those later
 * actions refer to in its namespace) and output artifacts holding one note, so later stages run
 * as they would.
 */
final class SimulatedAction {

    private static final long TICK_MILLIS = 50;

    private SimulatedAction() {
    }

    static void run(ActionContext context, Simulation simulation, ProviderSpec spec, Pipeline pipeline, int attempt)
            throws ActionFailedException, InterruptedException {
        Action action = context.action();
        String stage = context.stageName();
        Duration time = simulation.duration(stage, action.name(), action.category());
        context.log("[simulation] nothing is executed: " + spec.displayName() + " would run here"
                + (action.configuration().isEmpty() ? "" : " with"));
        action.configuration().forEach((key, value) -> {
            if (value instanceof ConfigValue.TextList list && list.values().size() > 1) {
                context.log("[simulation]   " + key + ":");
                list.values().forEach(line -> context.log("[simulation]     " + shorten(line)));
            } else {
                context.log("[simulation]   " + key + ": " + shorten(value.asText()));
            }
        });
        context.log("[simulation] takes " + Durations.words(time) + (simulation.hasRealDuration(stage, action.name())
                ? " (its last real run, at " + speedWords(simulation) + ")" : " (a typical " + action.category().displayName()
                + " action, at " + speedWords(simulation) + ")"));
        waitFor(time, context);
        if (simulation.fails(stage, action.name(), attempt)) {
            throw new ActionFailedException(simulation.failureReason(stage, action.name()));
        }
        for (var artifact : action.outputArtifacts()) {
            var dir = context.outputArtifactDir(artifact.name());
            try {
                Files.writeString(dir.resolve("SIMULATED.txt"), "Artifact " + artifact.name() + " of " + stage + "/"
                        + action.name() + " in simulated execution " + context.executionId()
                        + ": nothing was built, so it holds only this note.\n");
            } catch (IOException e) {
                throw new ActionFailedException("could not write the simulated artifact '" + artifact.name() + "': "
                        + e.getMessage());
            }
            context.log("[simulation] gave artifact " + artifact.name());
        }
        for (String key : outputVariables(spec, action, pipeline)) {
            String value = plausible(key, context.executionId(), stage, action);
            context.setOutputVariable(key, value);
            context.log("[simulation] output variable " + action.namespace().map(ns -> ns + ".").orElse("") + key
                    + " = " + value);
        }
    }

    private static String speedWords(Simulation simulation) {
        double s = simulation.speed();
        return s == 1 ? "real speed" : (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + "× speed";
    }

    /** Sleeps in ticks, so a speed change or a stop is felt soon. */
    private static void waitFor(Duration time, ActionContext context) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (true) {
            if (context.isCancelled()) {
                throw new InterruptedException();
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Thread.sleep(Math.min(TICK_MILLIS, Math.max(1, left / 1_000_000)));
        }
    }

    /** Declared by the provider, plus every key later actions refer to in this action's namespace. */
    static Set<String> outputVariables(ProviderSpec spec, Action action, Pipeline pipeline) {
        var keys = new TreeSet<>(spec.outputVariables());
        if (action.namespace().isPresent()) {
            String ns = action.namespace().get();
            for (Stage s : pipeline.stages()) {
                for (Action a : s.actions()) {
                    for (ConfigValue value : a.configuration().values()) {
                        for (VariableReference ref : VariableReference.findAll(value)) {
                            if (ref.namespace().equals(ns)) {
                                keys.add(ref.name());
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** A value that looks like what the real action would give, different for each execution. */
    static String plausible(String key, String executionId, String stage, Action action) {
        String hash = sha1(executionId + "/" + stage + "/" + action.name());
        return switch (key) {
            case "CommitId" -> hash;
            case "CommitMessage" -> "Simulated change " + hash.substring(0, 7);
            case "BranchName" -> action.configuration().containsKey("branch")
                    ? action.configuration().get("branch").asText() : "main";
            case "AuthorName", "AuthorId" -> "Simulated Author";
            case "AuthorEmail" -> "author@example.org";
            case "AuthorDate", "CommitDate" -> Instant.now().toString();
            case "Digest" -> hash.substring(0, 12);
            default -> key.endsWith("Count") ? String.valueOf(1 + Integer.parseInt(hash.substring(0, 4), 16) % 40)
                    : key.toLowerCase(java.util.Locale.ROOT).contains("url") ? "https://example.org/simulated"
                    : "simulated-" + hash.substring(0, 7);
        };
    }

    private static String shorten(String value) {
        String text = value.replace('\n', ' ');
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
