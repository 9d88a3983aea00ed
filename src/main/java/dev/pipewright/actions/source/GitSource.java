package dev.pipewright.actions.source;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.SourceRevision;
import dev.pipewright.git.CachedRepository;
import dev.pipewright.git.CloneCache;
import dev.pipewright.git.CommitInfo;
import dev.pipewright.git.GitException;
import dev.pipewright.git.Revision;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Source / Git: a commit of a Git repository, fetched with JGit into a clone cache kept between
 * runs, written out as the action's output artifact.
 */
public final class GitSource implements Provider {

    static final String URL = BuiltInProviders.Git.URL;
    static final String BRANCH = BuiltInProviders.Git.BRANCH;
    static final String TAG = BuiltInProviders.Git.TAG;
    static final String COMMIT = BuiltInProviders.Git.COMMIT;
    static final String SHALLOW = BuiltInProviders.Git.SHALLOW;
    static final String SUBMODULES = BuiltInProviders.Git.SUBMODULES;
    static final String INCLUDE_GIT_FOLDER = BuiltInProviders.Git.INCLUDE_GIT_FOLDER;
    static final String TOKEN_ENV = BuiltInProviders.Git.TOKEN_ENV;
    static final String TOKEN = BuiltInProviders.Git.TOKEN;
    static final String USERNAME = BuiltInProviders.Git.USERNAME;

    public static final List<String> OUTPUT_VARIABLES = List.of("CommitId", "BranchName", "CommitMessage",
            "AuthorDate", "AuthorName", "RepositoryName");

    /** Submodules of submodules are followed this deep, and no deeper (a loop would never end). */
    private static final int MAX_SUBMODULE_DEPTH = 4;

    public static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.SOURCE, BuiltInProviders.Git.ID, "Git repository",
            "Checks out a branch, tag or commit of a Git repository as the pipeline's source.",
            "Fetches a Git repository (a folder on this machine, or a file://, https:// or ssh:// URL) and writes "
                    + "the files of one commit into the output artifact. The repository is cloned once into a "
                    + "cache and fetched on later runs. Set at most one of branch, tag and commit; with none, the "
                    + "repository's default branch is used. When a trigger starts the run, the trigger's commit is "
                    + "built, not whatever the branch points at by then. Credentials never go in the pipeline "
                    + "file: for https give a token through 'tokenEnv' (the name of an environment variable) or "
                    + "'token' (a secret pipeline variable, #{variables.NAME}); ssh uses your ssh setup (keys, "
                    + "agent, ~/.ssh/config). Outputs CommitId, BranchName, CommitMessage, AuthorDate, AuthorName "
                    + "and RepositoryName, as CodePipeline's source actions.",
            List.of(
                    SettingSpec.required(URL, "Repository", SettingType.TEXT,
                            "A folder (relative to the pipeline file's folder, or absolute), or a file://, "
                                    + "https:// or ssh:// URL, or user@host:path.")
                            .withRole(SettingRole.CLONED_REPOSITORY),
                    SettingSpec.optional(BRANCH, "Branch", SettingType.TEXT,
                            "The branch to build (its newest commit); empty for the default branch."),
                    SettingSpec.optional(TAG, "Tag", SettingType.TEXT, "A tag to build instead of a branch."),
                    SettingSpec.optional(COMMIT, "Commit", SettingType.TEXT,
                                    "A commit id to build instead of a branch (4 to 40 hexadecimal digits).")
                            .withCheck(v -> v.asText().trim().matches("[0-9a-fA-F]{4,40}|#\\{.*}|") ? Optional.empty()
                                    : Optional.of("'" + v.asText().trim() + "' is not a commit id; write 4 to 40 "
                                    + "hexadecimal digits")),
                    SettingSpec.optional(SHALLOW, "Shallow", SettingType.BOOLEAN,
                                    "Fetch only the newest commit of the branch or tag: faster for big histories; "
                                            + "'git log' in later actions then shows one commit.")
                            .withDefault(new ConfigValue.Flag(false)),
                    SettingSpec.optional(SUBMODULES, "Submodules", SettingType.BOOLEAN,
                                    "Also check out the submodules, at the commits the repository pins.")
                            .withDefault(new ConfigValue.Flag(false)),
                    SettingSpec.optional(INCLUDE_GIT_FOLDER, "Keep .git", SettingType.BOOLEAN,
                                    "Put a .git folder in the artifact, so later actions can run git commands.")
                            .withDefault(new ConfigValue.Flag(false)),
                    SettingSpec.optional(TOKEN_ENV, "Token variable", SettingType.TEXT,
                            "The name of an environment variable holding an https access token (not the token)."),
                    SettingSpec.optional(TOKEN, "Token", SettingType.TEXT,
                                    "An https access token from a secret pipeline variable: #{variables.NAME}.")
                            .withCheck(v -> v.asText().isBlank() || v.asText().trim().matches("#\\{variables\\.[^}]+}")
                                    ? Optional.empty()
                                    : Optional.of("never write a token into the pipeline file; declare a secret "
                                    + "variable and write #{variables.NAME}, or use 'tokenEnv'")),
                    SettingSpec.optional(USERNAME, "User name", SettingType.TEXT,
                            "The user name sent with the token, for servers that need a real one (Bitbucket).")),
            ProviderSpec.Count.NONE, new ProviderSpec.Count(1, 1),
            OUTPUT_VARIABLES, false);

    private final CloneCache cache;

    /** With the clone cache in the per-user data folder. */
    public GitSource() {
        this(CloneCache.atDefaultPlace());
    }

    public GitSource(CloneCache cache) {
        this.cache = cache;
    }

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        GitSourceSettings settings = GitSourceSettings.read(context.action(), context.pipelineDir(), System.getenv());
        if (context.action().outputArtifacts().isEmpty()) {
            throw new ActionFailedException("has no output artifact to write the commit's files into; add one");
        }
        Optional<SourceRevision> override = context.sourceRevision();
        Revision wanted = override.<Revision>map(o -> new Revision.Commit(o.commitId())).orElse(settings.revision());
        try (CachedRepository repository = cache.open(settings.address(), settings.access())) {
            context.log((repository.isEmpty() ? "Cloning " : "Fetching ") + settings.address().display()
                    + (repository.isEmpty() ? " into the clone cache " : " into the cached clone ") + repository.dir());
            fetch(repository, settings, wanted);
            CommitInfo commit = repository.resolve(wanted);
            String branch = override.flatMap(SourceRevision::branch).or(settings::branch)
                    .or(() -> settings.revision() instanceof Revision.DefaultBranch ? defaultBranch(repository)
                            : Optional.empty())
                    .orElse("");
            Path target = context.outputArtifactDir(context.action().outputArtifacts().get(0).name());
            var submodules = repository.checkout(commit.id(), target, settings.includeGitFolder());
            context.log("Checked out " + commit.shortId() + " \"" + commit.message() + "\" by " + commit.authorName()
                    + (branch.isEmpty() ? "" : " on branch " + branch)
                    + override.map(o -> " (the trigger's commit)").orElse(" (" + wanted + ")"));
            if (settings.submodules()) {
                new Submodules(cache, settings.access(), context::log).fill(settings.address(), submodules, target,
                        MAX_SUBMODULE_DEPTH);
            } else if (!submodules.isEmpty()) {
                context.log("Left out " + submodules.size() + " submodule(s) (" + submodules.get(0).path()
                        + (submodules.size() > 1 ? ", …" : "") + "); set 'submodules' to true to check them out");
            }
            context.setOutputVariable("CommitId", commit.id());
            context.setOutputVariable("BranchName", branch);
            context.setOutputVariable("CommitMessage", commit.fullMessage());
            context.setOutputVariable("AuthorDate", DateTimeFormatter.ISO_INSTANT.format(commit.authorDate()));
            context.setOutputVariable("AuthorName", commit.authorName());
            context.setOutputVariable("RepositoryName", settings.address().name());
        } catch (GitException e) {
            throw new ActionFailedException(e.getMessage(), e);
        }
    }

    private static void fetch(CachedRepository repository, GitSourceSettings settings, Revision wanted)
            throws GitException {
        boolean shallowPossible = wanted instanceof Revision.Branch || wanted instanceof Revision.Tag;
        if (settings.shallow() && shallowPossible) {
            repository.fetchShallow(wanted);
            return;
        }
        if (settings.shallow() && wanted instanceof Revision.Commit commit && settings.branch().isPresent()) {
            // a trigger's commit is almost always still the branch's tip: try one commit deep first
            repository.fetchShallow(new Revision.Branch(settings.branch().get()));
            if (repository.contains(commit.id())) {
                return;
            }
        }
        repository.fetchAll();
    }

    private static Optional<String> defaultBranch(CachedRepository repository) {
        try {
            return repository.defaultBranch();
        } catch (GitException e) {
            return Optional.empty();
        }
    }
}
