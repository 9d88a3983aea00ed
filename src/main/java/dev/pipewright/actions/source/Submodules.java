package dev.pipewright.actions.source;

import dev.pipewright.git.CachedRepository;
import dev.pipewright.git.CloneCache;
import dev.pipewright.git.GitAccess;
import dev.pipewright.git.GitException;
import dev.pipewright.git.RepositoryAddress;
import dev.pipewright.git.Revision;
import dev.pipewright.git.WorkingTree;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Fills in a checkout's submodules at their pinned commits, each through the clone cache too. */
final class Submodules {

    private final CloneCache cache;
    private final GitAccess access;
    private final Consumer<String> log;

    Submodules(CloneCache cache, GitAccess access, Consumer<String> log) {
        this.cache = cache;
        this.access = access;
        this.log = log;
    }

    void fill(RepositoryAddress parent, List<WorkingTree.Submodule> submodules, Path target, int depth)
            throws GitException, InterruptedException {
        for (WorkingTree.Submodule sub : submodules) {
            if (sub.url().isBlank()) {
                throw new GitException("submodule '" + sub.path() + "' of " + parent.display()
                        + " has no url in .gitmodules; fix .gitmodules, or set 'submodules' to false");
            }
            if (depth == 0) {
                throw new GitException("submodule '" + sub.path() + "' of " + parent.display()
                        + " is nested too deep (a submodule loop?); set 'submodules' to false");
            }
            RepositoryAddress address = RepositoryAddress.parse(parent.resolveRelative(sub.url()),
                    parent.localPath().map(Path::getParent).orElse(Path.of("")));
            try (CachedRepository repository = cache.open(address, access)) {
                repository.fetchAll();
                String id = repository.resolve(new Revision.Commit(sub.commitId())).id();
                Path into = target.resolve(sub.path());
                var nested = repository.checkout(id, into, false);
                log.accept("Checked out submodule " + sub.path() + " at " + id.substring(0, 7) + " from "
                        + address.display());
                fill(address, nested, into, depth - 1);
            }
        }
    }
}
