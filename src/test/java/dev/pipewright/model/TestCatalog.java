package dev.pipewright.model;

import java.util.List;
import java.util.Optional;

/** A small catalog for tests: a Git source, a shell build, a script test and a manual approval. */
final class TestCatalog implements ProviderCatalog {

    static final ProviderCatalog INSTANCE = new TestCatalog();

    @Override
    public List<ProviderSpec> all() {
        return List.of(
                new ProviderSpec(ActionCategory.SOURCE, "Git", "Git", "Clone a repository", "Clones.",
                        List.of(SettingSpec.required("url", "Repository URL", SettingType.TEXT, "Where to clone from."),
                                SettingSpec.optional("branch", "Branch", SettingType.TEXT, "Branch to check out.")
                                        .withDefault(ConfigValue.text("main"))),
                        ProviderSpec.Count.NONE, new ProviderSpec.Count(1, 1),
                        List.of("CommitId", "BranchName"), false),
                new ProviderSpec(ActionCategory.BUILD, "Shell", "Shell", "Run commands", "Runs commands.",
                        List.of(SettingSpec.required("commands", "Commands", SettingType.MULTILINE_TEXT, "What to run."),
                                SettingSpec.optional("shell", "Shell", SettingType.CHOICE, "Which shell.")
                                        .withChoices("bash", "sh"),
                                SettingSpec.optional("retries", "Retries", SettingType.INTEGER, "How often to retry.")
                                        .withCheck(v -> v.asText().startsWith("-")
                                                ? Optional.of("must not be negative") : Optional.empty()),
                                SettingSpec.optional("env", "Environment", SettingType.MAP, "Variables.")),
                        new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5),
                        List.of("ExitCode"), true),
                new ProviderSpec(ActionCategory.TEST, "Script", "Script", "Test", "Tests.",
                        List.of(), new ProviderSpec.Count(1, 2), ProviderSpec.Count.NONE, List.of(), true),
                new ProviderSpec(ActionCategory.APPROVAL, "Manual", "Manual approval", "Wait", "Waits.",
                        List.of(), ProviderSpec.Count.NONE, ProviderSpec.Count.NONE, List.of(), false));
    }
}
