package dev.pipewright.interop.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.actions.codebuild.CodeBuild;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.model.BuiltInProviders.Archive;
import dev.pipewright.model.BuiltInProviders.Folder;
import dev.pipewright.model.BuiltInProviders.Git;
import dev.pipewright.model.BuiltInProviders.Http;
import dev.pipewright.model.BuiltInProviders.LocalFolder;
import dev.pipewright.model.BuiltInProviders.Manual;
import dev.pipewright.model.BuiltInProviders.PipelineRun;
import dev.pipewright.model.BuiltInProviders.Shell;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names interop reads are the catalog's own: each id is a provider of the catalog, each key one of its settings. */
class CatalogNamesTest {

    @Test
    void idsAndSettingKeysAreTheCatalogsOwn() {
        Map<String, List<String>> used = Map.of(
                ActionCategory.BUILD + "/" + Shell.ID, List.of(Shell.COMMANDS, Shell.ENVIRONMENT, Shell.SHELL, Shell.WORKING_DIRECTORY),
                ActionCategory.TEST + "/" + Shell.ID, List.of(Shell.COMMANDS, Shell.ENVIRONMENT, Shell.SHELL,
                        Shell.WORKING_DIRECTORY, Shell.REPORTS),
                ActionCategory.APPROVAL + "/" + Manual.ID, List.of(Manual.CUSTOM_DATA, Manual.EXTERNAL_ENTITY_LINK),
                ActionCategory.SOURCE + "/" + LocalFolder.ID, List.of(LocalFolder.PATH, LocalFolder.EXCLUDES),
                ActionCategory.SOURCE + "/" + Git.ID, List.of(Git.URL, Git.BRANCH, Git.TAG, Git.COMMIT, Git.SHALLOW,
                        Git.SUBMODULES, Git.INCLUDE_GIT_FOLDER, Git.TOKEN_ENV, Git.TOKEN, Git.USERNAME),
                ActionCategory.DEPLOY + "/" + Folder.ID, List.of(Folder.TARGET, Folder.CLEAN),
                ActionCategory.DEPLOY + "/" + Archive.ID, List.of(Archive.FORMAT, Archive.TARGET),
                ActionCategory.INVOKE + "/" + Http.ID, List.of(Http.URL, Http.METHOD, Http.HEADERS, Http.BODY,
                        Http.EXPECTED_STATUS, Http.OUTPUT_VARIABLES),
                ActionCategory.INVOKE + "/" + PipelineRun.ID, List.of(PipelineRun.PIPELINE_FILE, PipelineRun.VARIABLES));
        used.forEach((provider, keys) -> {
            ProviderSpec spec = Providers.builtIn().all().stream()
                    .filter(s -> (s.category() + "/" + s.id()).equals(provider)).findFirst()
                    .orElseThrow(() -> new AssertionError("no provider " + provider));
            keys.forEach(k -> assertTrue(spec.setting(k).isPresent(), provider + " has no setting " + k));
        });
        assertEquals(dev.pipewright.actions.shell.ShellRunner.OUTPUT_VARIABLE, Shell.OUTPUT_FILE_VARIABLE);
        assertEquals("PIPEWRIGHT_INPUT_BUILD_OUTPUT", Shell.inputFolderVariable("build-output"));
    }

    /** CodePipeline export writes Pipewright's own providers as Custom actions and the rest as AWS ones. */
    @Test
    void pipewrightsOwnProvidersAreTheCatalogsThatNoServiceHas() {
        for (ProviderSpec spec : Providers.builtIn().all()) {
            boolean aws = spec.id().equals(CodeBuild.ID) || !spec.runsLocally() || spec.category() == ActionCategory.APPROVAL;
            assertEquals(!aws, BuiltInProviders.PIPEWRIGHT_OWN.contains(spec.id()), spec.category() + "/" + spec.id());
        }
    }
}
