package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.BuiltInProviders;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.VariableReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The buildspec for a Pipewright Shell action exported to CodeBuild. CodePipeline resolves
 * {@code #{...}} only in an action's configuration, so references in the commands and environment
 * travel as EnvironmentVariables of the action and the commands read them as {@code $PW_...}
 * variables. What the commands write to {@code $PIPEWRIGHT_OUTPUT} is read back at the end of the
 * build so that the names later actions use become exported variables.
 */
final class ShellBuildspec {

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    static final String OUTPUT_FILE = "/tmp/pipewright-output.env";

    /**
     * @param text                 the buildspec YAML
     * @param environmentVariables for the action's EnvironmentVariables setting: name to a value with references
     */
    record Result(String text, Map<String, String> environmentVariables) {
    }

    private ShellBuildspec() {
    }

    static Result of(Action action, List<String> exportedVariables, CodePipelineImporter.Notes notes, String where) {
        var resolved = new LinkedHashMap<String, String>();
        ObjectNode root = YAML.createObjectNode();
        root.put("version", 0.2);
        ObjectNode env = YAML.createObjectNode();
        String shell = action.setting(BuiltInProviders.Shell.SHELL).map(ConfigValue::asText).orElse("");
        if (shell.equals("bash")) {
            env.put("shell", "bash");
        } else if (shell.equals("cmd") || shell.equals("pwsh")) {
            notes.add(where, "runs with " + shell + " locally; the buildspec is written for CodeBuild's Linux "
                    + "shell: use a Windows build image, or rewrite the commands for sh");
        }
        Map<String, String> plain = new LinkedHashMap<>();
        if (action.setting(BuiltInProviders.Shell.ENVIRONMENT).orElse(null) instanceof ConfigValue.TextMap map) {
            map.values().forEach((k, v) -> {
                if (VariableReference.findAll(v).isEmpty()) {
                    plain.put(k, v);
                } else {
                    resolved.put(k, v);
                }
            });
        }
        if (!plain.isEmpty()) {
            ObjectNode variables = env.putObject("variables");
            plain.forEach(variables::put);
        }
        if (!exportedVariables.isEmpty()) {
            ArrayNode exported = env.putArray("exported-variables");
            exportedVariables.forEach(exported::add);
        }
        if (!env.isEmpty()) {
            root.set("env", env);
        }
        List<String> prelude = new ArrayList<>();
        for (int i = 0; i < action.inputArtifacts().size(); i++) {
            String input = action.inputArtifacts().get(i);
            prelude.add("export PIPEWRIGHT_INPUT_" + input.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_")
                    + "=\"" + (i == 0 ? "$CODEBUILD_SRC_DIR" : "$CODEBUILD_SRC_DIR_" + input) + "\"");
        }
        prelude.add("export PIPEWRIGHT_OUTPUT=" + OUTPUT_FILE);
        action.setting(BuiltInProviders.Shell.WORKING_DIRECTORY).map(ConfigValue::asText).filter(s -> !s.isBlank())
                .ifPresent(dir -> prelude.add("cd \"" + dir + "\""));
        String commands = action.setting(BuiltInProviders.Shell.COMMANDS).map(ConfigValue::asText).orElse("");
        for (VariableReference reference : VariableReference.findAll(commands)) {
            String variable = "PW_" + (reference.namespace() + "_" + reference.name()).toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9_]", "_");
            resolved.put(variable, "#{" + reference.namespace() + "." + reference.name() + "}");
            commands = commands.replace("#{" + reference.namespace() + "." + reference.name() + "}", "${" + variable + "}");
        }
        ArrayNode build = root.putObject("phases").putObject("build").putArray("commands");
        prelude.forEach(build::add);
        // one block, as Pipewright runs the commands as one script that stops at the first failure
        build.add("set -e\n" + commands.strip() + "\n");
        if (!exportedVariables.isEmpty()) {
            build.add("if [ -s " + OUTPUT_FILE + " ]; then set -a; . " + OUTPUT_FILE + "; set +a; fi");
            notes.add(where, "output variables " + String.join(", ", exportedVariables) + " become CodeBuild "
                    + "exported variables; $PIPEWRIGHT_OUTPUT is read as NAME=value lines (NAME<<END blocks are not)");
        }
        artifacts(root, action, notes, where);
        if (action.category() == ActionCategory.TEST) {
            ObjectNode report = root.putObject("reports").putObject("tests");
            ArrayNode files = report.putArray("files");
            if (action.setting(BuiltInProviders.Shell.REPORTS).orElse(null) instanceof ConfigValue.TextList list) {
                list.values().forEach(files::add);
            } else {
                action.setting(BuiltInProviders.Shell.REPORTS).ifPresentOrElse(v -> files.add(v.asText()), () -> files.add("**/TEST-*.xml"));
            }
            report.put("file-format", "JUNITXML");
            notes.add(where, "failing tests in the reports fail the action locally; on CodeBuild only the "
                    + "commands' exit code does, so let the test command exit non-zero on failures");
        }
        try {
            return new Result(YAML.writeValueAsString(root), resolved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a buildspec tree always writes", e);
        }
    }

    private static void artifacts(ObjectNode root, Action action, CodePipelineImporter.Notes notes, String where) {
        List<OutputArtifact> outputs = action.outputArtifacts();
        if (outputs.isEmpty()) {
            return;
        }
        ObjectNode artifacts = root.putObject("artifacts");
        files(artifacts, outputs.get(0), notes, where);
        if (outputs.size() > 1) {
            ObjectNode secondary = artifacts.putObject("secondary-artifacts");
            for (OutputArtifact output : outputs.subList(1, outputs.size())) {
                files(secondary.putObject(output.name()), output, notes, where);
            }
        }
    }

    private static void files(ObjectNode section, OutputArtifact output, CodePipelineImporter.Notes notes, String where) {
        ArrayNode files = section.putArray("files");
        if (output.files().isEmpty()) {
            files.add("**/*");
            return;
        }
        for (String glob : output.files()) {
            files.add(glob);
            if (!glob.contains("*") && !glob.contains("?")) {
                notes.add(where, "output artifact " + output.name() + ": '" + glob + "' takes a whole folder "
                        + "locally; CodeBuild needs '" + glob + "/**/*' for that");
            }
        }
    }
}
