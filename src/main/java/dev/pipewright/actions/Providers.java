package dev.pipewright.actions;

import dev.pipewright.actions.approval.ManualApproval;
import dev.pipewright.actions.aws.AwsOnlyProvider;
import dev.pipewright.actions.aws.AwsOnlyProviders;
import dev.pipewright.actions.codebuild.CodeBuild;
import dev.pipewright.model.Action;
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

    /**
     * The built-in providers: Pipewright's own, CodeBuild (runs buildspecs here), and the AWS
     * providers that only run on AWS (see {@link ProviderSpec#runsLocally()}); Git clones are
     * cached in {@code gitCache} (tests use a temporary one).
     */
    public static Providers builtIn(CloneCache gitCache) {
        var all = new java.util.ArrayList<Provider>(List.of(
                new LocalFolderSource(),
                new GitSource(gitCache),
                new ShellBuild(),
                new ShellTest(),
                new FolderDeploy(),
                new ArchiveDeploy(),
                new ManualApproval(),
                new HttpInvoke(),
                new PipelineInvoke(),
                new CodeBuild(ActionCategory.BUILD),
                new CodeBuild(ActionCategory.TEST)));
        all.addAll(AwsOnlyProviders.all());
        return new Providers(all);
    }

    @Override
    public List<ProviderSpec> all() {
        return providers.stream().map(Provider::spec).toList();
    }

    /**
     * Whether {@code action} can run on this machine: false for a provider that runs only on its CI
     * service (a card to mark "runs only on AWS"), true too for an unknown provider, which the
     * validator reports anyway.
     */
    public boolean runsLocally(Action action) {
        return find(action).map(ProviderSpec::runsLocally).orElse(true);
    }

    /** What runs {@code action}: a provider of this build, or a stand-in for an action type owned elsewhere. */
    public Optional<Provider> provider(Action action) {
        return provider(action.category(), action.provider()).or(() -> find(action)
                .filter(spec -> !spec.runsLocally()).map(AwsOnlyProvider::standIn));
    }

    public Optional<Provider> provider(ActionCategory category, String id) {
        return providers.stream()
                .filter(p -> p.spec().category() == category && p.spec().id().equals(id))
                .findFirst();
    }
}
