package dev.pipewright.actions.codebuild;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads buildspec YAML into a {@link Buildspec}. Errors name the file and, for broken YAML, the
 * line and column; parts that only mean something on AWS are listed in {@link Buildspec#ignored()}.
 */
public final class BuildspecParser {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TOP = Set.of("version", "run-as", "env", "proxy", "batch", "phases", "reports",
            "artifacts", "cache");

    private final String file;
    private final List<String> ignored = new ArrayList<>();

    private BuildspecParser(String file) {
        this.file = file;
    }

    /** @param file how to name the buildspec in messages: its path, or "the inline buildspec" */
    public static Buildspec parse(String text, String file) throws BuildspecException {
        return new BuildspecParser(file).read(text);
    }

    private Buildspec read(String text) throws BuildspecException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new BuildspecException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BuildspecException(file + ": a buildspec is a YAML mapping starting with 'version: 0.2'");
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("0.")) {
            throw new BuildspecException(file + ": 'version' is '" + version + "'; write 'version: 0.2' at the top");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TOP.contains(key)) {
                throw new BuildspecException(file + ": unknown section '" + key + "'; the sections are "
                        + String.join(", ", TOP.stream().sorted().toList()));
            }
            if (Set.of("run-as", "proxy", "batch", "cache").contains(key)) {
                ignored.add("'" + key + "' (only meaningful on AWS)");
            }
        }
        JsonNode env = root.path("env");
        Map<String, String> variables = texts(env.path("variables"), "env.variables");
        List<String> fromEnvironment = new ArrayList<>();
        fromEnvironment.addAll(texts(env.path("parameter-store"), "env.parameter-store").keySet());
        fromEnvironment.addAll(texts(env.path("secrets-manager"), "env.secrets-manager").keySet());
        if (env.has("git-credential-helper")) {
            ignored.add("'env.git-credential-helper' (Git uses this machine's credentials)");
        }
        Optional<String> shell = optionalText(env, "shell");
        if (shell.isPresent() && !shell.get().equals("bash") && !shell.get().equals("sh")) {
            throw new BuildspecException(file + ": env.shell is '" + shell.get()
                    + "'; locally a buildspec runs with bash or sh");
        }
        return new Buildspec(shell, variables, fromEnvironment, list(env.path("exported-variables"),
                "env.exported-variables"), phases(root.path("phases")), artifactsOf(root.path("artifacts"), "artifacts"),
                secondary(root.path("artifacts").path("secondary-artifacts")), reports(root.path("reports")), ignored);
    }

    private List<Buildspec.Phase> phases(JsonNode phases) throws BuildspecException {
        if (phases.isMissingNode() || phases.isNull()) {
            throw new BuildspecException(file + ": there is no 'phases' section; add phases: build: commands: [...]");
        }
        for (Iterator<String> it = phases.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!Buildspec.PHASE_NAMES.contains(name)) {
                throw new BuildspecException(file + ": unknown phase '" + name + "'; the phases are "
                        + String.join(", ", Buildspec.PHASE_NAMES));
            }
        }
        List<Buildspec.Phase> result = new ArrayList<>();
        for (String name : Buildspec.PHASE_NAMES) {
            JsonNode phase = phases.path(name);
            if (phase.isMissingNode() || phase.isNull()) {
                continue;
            }
            String where = "phases." + name;
            if (phase.has("runtime-versions")) {
                ignored.add("'" + where + ".runtime-versions' (the tools installed on this machine are used)");
            }
            if (phase.has("run-as")) {
                ignored.add("'" + where + ".run-as' (commands run as you)");
            }
            String onFailure = optionalText(phase, "on-failure").orElse("ABORT");
            if (!onFailure.equals("ABORT") && !onFailure.equals("CONTINUE")) {
                ignored.add("'" + where + ".on-failure: " + onFailure + "' (treated as ABORT)");
            }
            result.add(new Buildspec.Phase(name, list(phase.path("commands"), where + ".commands"),
                    list(phase.path("finally"), where + ".finally"), onFailure.equals("CONTINUE")));
        }
        return result;
    }

    private Optional<Buildspec.Artifacts> artifactsOf(JsonNode artifacts, String where) throws BuildspecException {
        if (artifacts.isMissingNode() || artifacts.isNull() || !artifacts.has("files")) {
            return Optional.empty();
        }
        for (String key : List.of("name", "enable-symlinks", "s3-prefix")) {
            if (artifacts.has(key)) {
                ignored.add("'" + where + "." + key + "' (the artifact is a folder here)");
            }
        }
        JsonNode discard = artifacts.path("discard-paths");
        boolean discardPaths = discard.isBoolean() ? discard.booleanValue() : discard.asText("no").equals("yes");
        return Optional.of(new Buildspec.Artifacts(list(artifacts.path("files"), where + ".files"),
                optionalText(artifacts, "base-directory"), discardPaths,
                list(artifacts.path("exclude-paths"), where + ".exclude-paths")));
    }

    private Map<String, Buildspec.Artifacts> secondary(JsonNode secondary) throws BuildspecException {
        var result = new LinkedHashMap<String, Buildspec.Artifacts>();
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext(); ) {
            var entry = it.next();
            artifactsOf(entry.getValue(), "artifacts.secondary-artifacts." + entry.getKey())
                    .ifPresent(a -> result.put(entry.getKey(), a));
        }
        return result;
    }

    private Map<String, Buildspec.Report> reports(JsonNode reports) throws BuildspecException {
        var result = new LinkedHashMap<String, Buildspec.Report>();
        for (Iterator<Map.Entry<String, JsonNode>> it = reports.fields(); it.hasNext(); ) {
            var entry = it.next();
            String where = "reports." + entry.getKey();
            result.put(entry.getKey(), new Buildspec.Report(list(entry.getValue().path("files"), where + ".files"),
                    optionalText(entry.getValue(), "base-directory"),
                    optionalText(entry.getValue(), "file-format").orElse("JUNITXML")));
        }
        return result;
    }

    /** A list of texts; a single text counts as a list of one, as CodeBuild accepts. */
    private List<String> list(JsonNode node, String where) throws BuildspecException {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new BuildspecException(file + ": '" + where + "' must be a list of texts (- item lines)");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode()) {
                throw new BuildspecException(file + ": each entry of '" + where + "' must be a text; quote "
                        + "entries that contain ': ' or start with special characters");
            }
            result.add(item.asText());
        }
        return result;
    }

    private Map<String, String> texts(JsonNode node, String where) throws BuildspecException {
        var result = new LinkedHashMap<String, String>();
        if (node.isMissingNode() || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw new BuildspecException(file + ": '" + where + "' must be a mapping of NAME: value");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new BuildspecException(file + ": '" + where + "." + entry.getKey()
                        + "' is not a usable environment variable name (letters, digits, _)");
            }
            result.put(entry.getKey(), entry.getValue().isValueNode() ? entry.getValue().asText()
                    : entry.getValue().toString());
        }
        return result;
    }

    private static Optional<String> optionalText(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A buildspec that cannot be run: the message says which file and what to change. */
    public static final class BuildspecException extends Exception {
        public BuildspecException(String message) {
            super(message);
        }
    }
}
