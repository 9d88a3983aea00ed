package dev.pipewright.interop.jobs;

import static dev.pipewright.interop.jobs.BuiltInProviders.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interop layer names providers and settings without using them; the names must be the providers' own. */
class BuiltInProvidersTest {

    @Test
    void idsAndSettingKeysAreTheProvidersOwn() {
        Map<String, List<String>> used = Map.of(
                ActionCategory.BUILD + "/" + SHELL, List.of(COMMANDS, ENVIRONMENT, SHELL_KIND, WORKING_DIRECTORY),
                ActionCategory.TEST + "/" + SHELL, List.of(COMMANDS, ENVIRONMENT, SHELL_KIND, WORKING_DIRECTORY, REPORTS),
                ActionCategory.APPROVAL + "/" + MANUAL, List.of(CUSTOM_DATA, EXTERNAL_ENTITY_LINK),
                ActionCategory.SOURCE + "/" + LOCAL_FOLDER, List.of(PATH, EXCLUDES),
                ActionCategory.DEPLOY + "/" + FOLDER, List.of(TARGET, CLEAN),
                ActionCategory.DEPLOY + "/" + ARCHIVE, List.of(FORMAT, TARGET),
                ActionCategory.INVOKE + "/" + HTTP, List.of(URL, METHOD, HEADERS, BODY, EXPECTED_STATUS, OUTPUT_VARIABLES),
                ActionCategory.INVOKE + "/" + PIPELINE, List.of(PIPELINE_FILE, VARIABLES));
        used.forEach((provider, keys) -> {
            ProviderSpec spec = Providers.builtIn().all().stream()
                    .filter(s -> (s.category() + "/" + s.id()).equals(provider)).findFirst()
                    .orElseThrow(() -> new AssertionError("no provider " + provider));
            keys.forEach(k -> assertTrue(spec.setting(k).isPresent(), provider + " has no setting " + k));
        });
        assertEquals(dev.pipewright.actions.shell.ShellRunner.OUTPUT_VARIABLE, OUTPUT_FILE_VARIABLE);
        assertEquals(dev.pipewright.actions.shell.ShellRunner.inputVariable("build-output"),
                inputFolderVariable("build-output"));
    }
}
