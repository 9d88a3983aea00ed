package dev.pipewright.actions;

import dev.pipewright.actions.approval.ManualApproval;
import dev.pipewright.actions.deploy.ArchiveDeploy;
import dev.pipewright.actions.deploy.FolderDeploy;
import dev.pipewright.actions.invoke.HttpInvoke;
import dev.pipewright.actions.invoke.PipelineInvoke;
import dev.pipewright.actions.shell.ShellBuild;
import dev.pipewright.actions.shell.ShellTest;
import dev.pipewright.actions.source.GitSource;
import dev.pipewright.actions.source.LocalFolderSource;
import dev.pipewright.git.CloneCache;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Optional;

/** Every provider this build knows. */
public final class Providers implements ProviderCatalog {

    private final List<Provider> providers;

    public Providers(List<Provider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The built-in providers, with Git clones cached in the per-user data folder. */
    public static Providers builtIn() {
        return builtIn(CloneCache.atDefaultPlace());
    }

    /** The built-in providers, with Git clones cached in {@code gitCache} (tests use a temporary one). */
    public static Providers builtIn(CloneCache gitCache) {
        return new Providers(List.of(
                new LocalFolderSource(),
                new GitSource(gitCache),
                new ShellBuild(),
                new ShellTest(),
                new FolderDeploy(),
                new ArchiveDeploy(),
                new ManualApproval(),
                new HttpInvoke(),
                new PipelineInvoke()));
    }

    @Override
    public List<ProviderSpec> all() {
        return providers.stream().map(Provider::spec).toList();
    }

    public Optional<Provider> provider(ActionCategory category, String id) {
        return providers.stream()
                .filter(p -> p.spec().category() == category && p.spec().id().equals(id))
                .findFirst();
    }
}
