package dev.pipewright.actions.source;

import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.git.GitAccess;
import dev.pipewright.git.GitException;
import dev.pipewright.git.RepositoryAddress;
import dev.pipewright.git.Revision;
import dev.pipewright.model.Action;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * A Git source action's settings, read once for both the action and the trigger that watches it,
 * so both reach the same repository in the same way.
 */
public record GitSourceSettings(RepositoryAddress address, Revision revision, boolean shallow, boolean submodules,
                                boolean includeGitFolder, GitAccess access) {

    /**
     * Reads {@code action}'s settings; relative paths resolve against {@code baseDir}, and
     * {@code environment} answers {@code tokenEnv}.
     */
    public static GitSourceSettings read(Action action, Path baseDir, Map<String, String> environment)
            throws ActionFailedException {
        ActionSettings settings = ActionSettings.of(action, GitSource.SPEC);
        RepositoryAddress address;
        try {
            address = RepositoryAddress.parse(settings.requiredText(GitSource.URL), baseDir);
        } catch (GitException e) {
            throw settings.failure("setting 'url': " + e.getMessage());
        }
        Optional<String> token = settings.text(GitSource.TOKEN);
        Optional<String> tokenEnv = settings.text(GitSource.TOKEN_ENV).map(String::trim);
        if (token.isEmpty() && tokenEnv.isPresent()) {
            token = Optional.ofNullable(environment.get(tokenEnv.get())).filter(t -> !t.isBlank());
            if (token.isEmpty()) {
                throw settings.failure("setting 'tokenEnv' names the environment variable " + tokenEnv.get()
                        + ", which is not set; set it to a token with read access to " + address.display()
                        + ", or remove 'tokenEnv' to use no token");
            }
        }
        var access = new GitAccess(settings.text(GitSource.USERNAME).map(String::trim), token,
                GitAccess.DEFAULT_TIMEOUT);
        return new GitSourceSettings(address, revision(settings), settings.flag(GitSource.SHALLOW),
                settings.flag(GitSource.SUBMODULES), settings.flag(GitSource.INCLUDE_GIT_FOLDER), access);
    }

    private static Revision revision(ActionSettings settings) throws ActionFailedException {
        var named = new ArrayList<Revision>();
        settings.text(GitSource.BRANCH).map(String::trim).ifPresent(b -> named.add(new Revision.Branch(b)));
        settings.text(GitSource.TAG).map(String::trim).ifPresent(t -> named.add(new Revision.Tag(t)));
        settings.text(GitSource.COMMIT).map(String::trim).ifPresent(c -> named.add(new Revision.Commit(c)));
        if (named.size() > 1) {
            throw settings.failure("sets " + named.size() + " of 'branch', 'tag' and 'commit'; set only one of them "
                    + "(or none, for the repository's default branch)");
        }
        return named.isEmpty() ? new Revision.DefaultBranch() : named.get(0);
    }

    /** The branch this source follows, when it follows one (a tag or a commit stays put). */
    public Optional<String> branch() {
        return revision instanceof Revision.Branch b ? Optional.of(b.name()) : Optional.empty();
    }
}
