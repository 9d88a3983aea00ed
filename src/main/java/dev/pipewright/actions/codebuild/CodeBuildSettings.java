package dev.pipewright.actions.codebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a CodeBuild action: CodePipeline's own configuration keys (so an imported action
 * keeps them and exports them unchanged) plus {@code buildspec}, which only Pipewright reads.
 */
public final class CodeBuildSettings {

    public static final String PROJECT_NAME = "ProjectName";
    public static final String PRIMARY_SOURCE = "PrimarySource";
    public static final String ENVIRONMENT_VARIABLES = "EnvironmentVariables";
    public static final String BATCH_ENABLED = "BatchEnabled";
    public static final String COMBINE_ARTIFACTS = "CombineArtifacts";
    /** Not a CodePipeline key: the exporter moves it into a buildspec file. */
    public static final String BUILDSPEC = "buildspec";
    public static final String DEFAULT_BUILDSPEC = "buildspec.yml";

    /**
     * Made when an EnvironmentVariables setting is first read: building a mapper loads some 600
     * classes of Jackson, which every start-up paid (the catalog describes CodeBuild) and few use.
     */
    private static final class Parser {
        static final JsonMapper JSON = new JsonMapper();
    }

    private CodeBuildSettings() {
    }

    static List<SettingSpec> all() {
        return List.of(
                SettingSpec.optional(PROJECT_NAME, "CodeBuild project", SettingType.TEXT,
                        "The CodeBuild project that runs this action on AWS. Locally it only names the build: "
                                + "the buildspec comes from the source, as with a project whose buildspec is the "
                                + "default buildspec.yml."),
                SettingSpec.optional(BUILDSPEC, "Buildspec", SettingType.MULTILINE_TEXT,
                                "The buildspec file in the working folder (default buildspec.yml), or the buildspec "
                                        + "itself when it has several lines. A Pipewright setting: an export to "
                                        + "CodePipeline writes it as a buildspec file for the CodeBuild project.")
                        .withDefault(ConfigValue.text(DEFAULT_BUILDSPEC))
                        .withRole(SettingRole.COMMANDS),
                SettingSpec.optional(PRIMARY_SOURCE, "Primary source", SettingType.TEXT,
                        "With several input artifacts, the one whose files are the working folder "
                                + "(CODEBUILD_SRC_DIR); the others are in CODEBUILD_SRC_DIR_<name>."),
                SettingSpec.optional(ENVIRONMENT_VARIABLES, "Environment variables", SettingType.TEXT,
                                "JSON as CodePipeline takes it: [{\"name\":\"STAGE\",\"value\":\"test\","
                                        + "\"type\":\"PLAINTEXT\"}]. They override the buildspec's env.variables. "
                                        + "Locally, PARAMETER_STORE and SECRETS_MANAGER ones are read from this "
                                        + "machine's environment under the same name.")
                        .withCheck(v -> environmentProblem(v.asText())),
                SettingSpec.optional(BATCH_ENABLED, "Batch build", SettingType.BOOLEAN,
                        "Runs a batch build on AWS; locally the build runs once."),
                SettingSpec.optional(COMBINE_ARTIFACTS, "Combine batch artifacts", SettingType.BOOLEAN,
                        "With a batch build on AWS, combines the artifacts; no effect locally."));
    }

    /** One entry of {@code EnvironmentVariables}. */
    record Variable(String name, String value, String type) {
    }

    static List<Variable> environment(String json) throws IllegalArgumentException {
        JsonNode root;
        try {
            root = Parser.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("must be a JSON list: [{\"name\": \"X\", \"value\": \"y\"}]");
        }
        var result = new java.util.ArrayList<Variable>();
        for (JsonNode item : root) {
            if (!item.path("name").isTextual() || !item.path("value").isTextual()) {
                throw new IllegalArgumentException("each entry needs a \"name\" and a \"value\" in quotes");
            }
            result.add(new Variable(item.get("name").textValue(), item.get("value").textValue(),
                    item.path("type").asText("PLAINTEXT")));
        }
        return result;
    }

    private static Optional<String> environmentProblem(String json) {
        try {
            environment(json);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The values for the process, in order, PLAINTEXT from the setting and the others from {@code machine}. */
    static Map<String, String> values(List<Variable> variables, Map<String, String> machine) {
        var values = new LinkedHashMap<String, String>();
        for (Variable v : variables) {
            if (v.type().equals("PLAINTEXT")) {
                values.put(v.name(), v.value());
            } else if (machine.containsKey(v.name())) {
                values.put(v.name(), machine.get(v.name()));
            } else {
                throw new IllegalArgumentException("variable " + v.name() + " is of type " + v.type()
                        + " (" + v.value() + ") and has no local value; set the environment variable " + v.name()
                        + " before running");
            }
        }
        return values;
    }
}
