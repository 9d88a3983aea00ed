package dev.pipewright.interop.jobs;

import dev.pipewright.interop.jobs.ExportJob.ApprovalGate;
import dev.pipewright.interop.jobs.ExportJob.ChildPipeline;
import dev.pipewright.interop.jobs.ExportJob.Commands;
import dev.pipewright.interop.jobs.ExportJob.CopyToFolder;
import dev.pipewright.interop.jobs.ExportJob.FolderSnapshot;
import dev.pipewright.interop.jobs.ExportJob.GitRepository;
import dev.pipewright.interop.jobs.ExportJob.HttpRequest;
import dev.pipewright.interop.jobs.ExportJob.NoEquivalent;
import dev.pipewright.interop.jobs.ExportJob.PackArchive;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.BuiltInProviders.Archive;
import dev.pipewright.model.BuiltInProviders.CodeBuild;
import dev.pipewright.model.BuiltInProviders.Folder;
import dev.pipewright.model.BuiltInProviders.Git;
import dev.pipewright.model.BuiltInProviders.Http;
import dev.pipewright.model.BuiltInProviders.LocalFolder;
import dev.pipewright.model.BuiltInProviders.Manual;
import dev.pipewright.model.BuiltInProviders.PipelineRun;
import dev.pipewright.model.BuiltInProviders.Shell;
import dev.pipewright.model.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The export recipe of each provider of the catalog, registered by its category and id. A provider
 * that runs only on its CI service, or one owned by someone else, has none: its job says that the
 * target has no equivalent (a test checks that every other provider of the catalog has a recipe).
 */
public final class ExportRecipes {

    private static final Map<String, ExportRecipe> RECIPES = new LinkedHashMap<>();

    static {
        register(ActionCategory.SOURCE, LocalFolder.ID, ExportRecipes::folderSnapshot);
        register(ActionCategory.SOURCE, Git.ID, ExportRecipes::gitRepository);
        register(ActionCategory.BUILD, Shell.ID, ExportRecipes::commands);
        register(ActionCategory.TEST, Shell.ID, ExportRecipes::commands);
        register(ActionCategory.APPROVAL, Manual.ID, a -> new ApprovalGate(ActionSettings.text(a, Manual.CUSTOM_DATA, "Approved."),
                a.setting(Manual.EXTERNAL_ENTITY_LINK).map(ConfigValue::asText), a.timeoutInMinutes()));
        register(ActionCategory.DEPLOY, Folder.ID, a -> new CopyToFolder(raw(a, Folder.TARGET), flag(a, Folder.CLEAN)));
        register(ActionCategory.DEPLOY, Archive.ID, a -> new PackArchive(raw(a, Archive.TARGET),
                ActionSettings.text(a, Archive.FORMAT, "zip")));
        register(ActionCategory.INVOKE, Http.ID, a -> new HttpRequest(ActionSettings.text(a, Http.METHOD, "GET"),
                raw(a, Http.URL), textMap(a, Http.HEADERS), raw(a, Http.BODY),
                ActionSettings.text(a, Http.EXPECTED_STATUS, "2xx"), a.setting(Http.OUTPUT_VARIABLES).isPresent()));
        register(ActionCategory.INVOKE, PipelineRun.ID, a -> new ChildPipeline(raw(a, PipelineRun.PIPELINE_FILE),
                a.setting(PipelineRun.VARIABLES).isPresent()));
        // a CodeBuild project's buildspec runs here, but on GitHub or GitLab there is no CodeBuild to run it
        register(ActionCategory.BUILD, CodeBuild.ID, a -> noEquivalent(a, "it is an AWS CodeBuild project"));
        register(ActionCategory.TEST, CodeBuild.ID, a -> noEquivalent(a, "it is an AWS CodeBuild project"));
    }

    private ExportRecipes() {
    }

    private static void register(ActionCategory category, String id, ExportRecipe recipe) {
        RECIPES.put(key(category, id), recipe);
    }

    /** The recipe registered for a provider of the catalog, if it has one of its own. */
    public static Optional<ExportRecipe> registered(ActionCategory category, String providerId) {
        return Optional.ofNullable(RECIPES.get(key(category, providerId)));
    }

    /** The recipe of {@code action}'s provider: its own, or one saying the target has no equivalent. */
    public static ExportRecipe recipe(Action action) {
        return registered(action.category(), action.provider()).orElse(a -> noEquivalent(a,
                a.ownedElsewhere() ? "it runs only where its owner " + a.owner().orElse("") + " runs it"
                        : "it runs only on AWS"));
    }

    private static String key(ActionCategory category, String id) {
        return category.displayName() + "/" + id;
    }

    private static NoEquivalent noEquivalent(Action action, String why) {
        return new NoEquivalent(action.category(), action.provider(), why);
    }

    private static FolderSnapshot folderSnapshot(Action action) {
        return new FolderSnapshot(raw(action, LocalFolder.PATH), action.setting(LocalFolder.EXCLUDES)
                .map(ActionSettings::list).orElse(List.of("**/.git", "**/.hg", "**/.svn")));
    }

    private static GitRepository gitRepository(Action action) {
        return new GitRepository(raw(action, Git.URL), flag(action, Git.SUBMODULES),
                action.setting(Git.TOKEN_ENV).or(() -> action.setting(Git.TOKEN)).isPresent(), action);
    }

    private static Commands commands(Action action) {
        List<String> lines = action.setting(Shell.COMMANDS).map(ActionSettings::list).orElse(List.of()).stream()
                .flatMap(String::lines).toList();
        Optional<List<String>> reports = action.category() == ActionCategory.TEST
                ? Optional.of(action.setting(Shell.REPORTS).map(ActionSettings::list).orElse(List.of("**/TEST-*.xml")))
                : Optional.empty();
        return new Commands(raw(action, Shell.COMMANDS), lines, ActionSettings.text(action, Shell.SHELL, ""),
                action.setting(Shell.WORKING_DIRECTORY).map(ConfigValue::asText), textMap(action, Shell.ENVIRONMENT),
                reports);
    }

    private static String raw(Action action, String key) {
        return action.setting(key).map(ConfigValue::asText).orElse("");
    }

    private static boolean flag(Action action, String key) {
        return action.setting(key).map(v -> v.asText().equals("true")).orElse(false);
    }

    private static Map<String, String> textMap(Action action, String key) {
        return action.setting(key).filter(ConfigValue.TextMap.class::isInstance)
                .map(m -> ((ConfigValue.TextMap) m).values()).orElse(Map.of());
    }
}
