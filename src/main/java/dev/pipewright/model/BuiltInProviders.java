package dev.pipewright.model;

import java.util.List;
import java.util.Locale;

/**
 * The ids and setting keys of the built-in providers, named once. The providers' descriptions
 * ({@code actions}) build their {@link ProviderSpec}s from these names, and import and export
 * ({@code interop}), which may not use the providers themselves (DESIGN.md §5), read the same
 * names, so the two cannot drift apart.
 */
public final class BuiltInProviders {

    private BuiltInProviders() {
    }

    /**
     * The ids of Pipewright's own providers, which no CI service has: every other id of the catalog
     * is an AWS one (CodeBuild, and those that run only on AWS).
     */
    public static final List<String> PIPEWRIGHT_OWN = List.of(LocalFolder.ID, Git.ID, Shell.ID, Folder.ID, Archive.ID,
            Http.ID, PipelineRun.ID);

    /** Source: a folder on this machine. */
    public static final class LocalFolder {
        public static final String ID = "LocalFolder";
        public static final String PATH = "path";
        public static final String EXCLUDES = "excludes";

        private LocalFolder() {
        }
    }

    /** Source: a Git repository. */
    public static final class Git {
        public static final String ID = "Git";
        public static final String URL = "url";
        public static final String BRANCH = "branch";
        public static final String TAG = "tag";
        public static final String COMMIT = "commit";
        public static final String SHALLOW = "shallow";
        public static final String SUBMODULES = "submodules";
        public static final String INCLUDE_GIT_FOLDER = "includeGitFolder";
        public static final String TOKEN_ENV = "tokenEnv";
        public static final String TOKEN = "token";
        public static final String USERNAME = "username";

        private Git() {
        }
    }

    /** Build and Test: shell commands. */
    public static final class Shell {
        public static final String ID = "Shell";
        public static final String COMMANDS = "commands";
        public static final String ENVIRONMENT = "environment";
        public static final String SHELL = "shell";
        public static final String WORKING_DIRECTORY = "workingDirectory";
        /** Test only: where the JUnit reports are. */
        public static final String REPORTS = "reports";
        /** Where a shell action writes NAME=value lines for output variables. */
        public static final String OUTPUT_FILE_VARIABLE = "PIPEWRIGHT_OUTPUT";
        public static final String INPUT_FOLDER_PREFIX = "PIPEWRIGHT_INPUT_";

        private Shell() {
        }

        /** {@code PIPEWRIGHT_INPUT_BUILD_OUTPUT} for the input artifact {@code build-output}. */
        public static String inputFolderVariable(String artifactName) {
            return INPUT_FOLDER_PREFIX + artifactName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        }
    }

    /** Approval: a person approves or rejects. */
    public static final class Manual {
        public static final String ID = "Manual";
        public static final String CUSTOM_DATA = "CustomData";
        public static final String EXTERNAL_ENTITY_LINK = "ExternalEntityLink";

        private Manual() {
        }
    }

    /** Deploy: copy into a folder. */
    public static final class Folder {
        public static final String ID = "Folder";
        public static final String TARGET = "target";
        public static final String CLEAN = "clean";

        private Folder() {
        }
    }

    /** Deploy: pack into an archive. */
    public static final class Archive {
        public static final String ID = "Archive";
        public static final String TARGET = "target";
        public static final String FORMAT = "format";

        private Archive() {
        }
    }

    /** Invoke: an HTTP request. */
    public static final class Http {
        public static final String ID = "Http";
        public static final String URL = "url";
        public static final String METHOD = "method";
        public static final String HEADERS = "headers";
        public static final String BODY = "body";
        public static final String EXPECTED_STATUS = "expectedStatus";
        public static final String OUTPUT_VARIABLES = "outputVariables";

        private Http() {
        }
    }

    /** Invoke: run another Pipewright pipeline as a child. */
    public static final class PipelineRun {
        public static final String ID = "Pipeline";
        public static final String PIPELINE_FILE = "pipelineFile";
        public static final String VARIABLES = "variables";

        private PipelineRun() {
        }

        /** Whether {@code action} runs a child pipeline (the engine waits for it instead of a process). */
        public static boolean is(Action action) {
            return action.category() == ActionCategory.INVOKE && action.provider().equals(ID);
        }
    }

    /** Build and Test: AWS CodeBuild, whose buildspec runs here too. */
    public static final class CodeBuild {
        public static final String ID = "CodeBuild";

        private CodeBuild() {
        }
    }
}
