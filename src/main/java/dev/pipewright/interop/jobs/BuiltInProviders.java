package dev.pipewright.interop.jobs;

import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import java.util.List;

/**
 * The ids and setting keys of the built-in providers that import and export read and write. The
 * interop layer may not use the providers themselves (DESIGN.md §5), so they are named here once;
 * the tests check these against {@code Providers.builtIn()}.
 */
public final class BuiltInProviders {

    public static final String SHELL = "Shell";
    public static final String MANUAL = "Manual";
    public static final String LOCAL_FOLDER = "LocalFolder";
    public static final String FOLDER = "Folder";
    public static final String ARCHIVE = "Archive";
    public static final String HTTP = "Http";
    public static final String PIPELINE = "Pipeline";

    public static final String COMMANDS = "commands";
    public static final String ENVIRONMENT = "environment";
    public static final String SHELL_KIND = "shell";
    public static final String WORKING_DIRECTORY = "workingDirectory";
    public static final String REPORTS = "reports";
    public static final String CUSTOM_DATA = "CustomData";
    public static final String EXTERNAL_ENTITY_LINK = "ExternalEntityLink";
    public static final String PATH = "path";
    public static final String EXCLUDES = "excludes";
    public static final String TARGET = "target";
    public static final String CLEAN = "clean";
    public static final String FORMAT = "format";
    public static final String URL = "url";
    public static final String METHOD = "method";
    public static final String HEADERS = "headers";
    public static final String BODY = "body";
    public static final String EXPECTED_STATUS = "expectedStatus";
    public static final String OUTPUT_VARIABLES = "outputVariables";
    public static final String PIPELINE_FILE = "pipelineFile";
    public static final String VARIABLES = "variables";

    /** A setting's text, or {@code otherwise} when it is absent or empty. */
    public static String settingText(Action action, String key, String otherwise) {
        return action.setting(key).map(ConfigValue::asText).filter(s -> !s.isEmpty()).orElse(otherwise);
    }

    /** A setting's entries: a list's, or a single text as one entry. */
    public static List<String> settingList(ConfigValue value) {
        return value instanceof ConfigValue.TextList l ? l.values() : List.of(value.asText());
    }

    /** Where a shell action writes NAME=value lines for output variables. */
    public static final String OUTPUT_FILE_VARIABLE = "PIPEWRIGHT_OUTPUT";
    public static final String INPUT_FOLDER_PREFIX = "PIPEWRIGHT_INPUT_";

    private BuiltInProviders() {
    }

    /** {@code PIPEWRIGHT_INPUT_BUILD_OUTPUT} for the artifact {@code build-output}, as the shell runner names it. */
    public static String inputFolderVariable(String artifactName) {
        return INPUT_FOLDER_PREFIX + artifactName.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }
}
