package dev.pipewright.git;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where a repository's branches and tags point right now, read cheaply: for a folder straight from
 * its refs (loose files and packed-refs alike), for a remote with one ls-remote. Comparing two
 * readings is how a trigger notices a push.
 */
public final class RefTips {

    private RefTips() {
    }

    /** Branches and tags by full ref name ({@code refs/heads/main}), each with its commit (tags peeled). */
    public static Map<String, String> read(RepositoryAddress address, GitAccess access) throws GitException {
        return address.isLocal() ? local(address) : remote(address, access);
    }

    private static Map<String, String> local(RepositoryAddress address) throws GitException {
        // opened afresh each time: a cached ref database could miss a change made in the same second
        try (Repository repository = new FileRepositoryBuilder().findGitDir(address.localPath().orElseThrow().toFile())
                .setMustExist(true).build()) {
            var tips = new LinkedHashMap<String, String>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
                put(tips, repository.getRefDatabase().peel(ref));
            }
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                put(tips, repository.getRefDatabase().peel(ref));
            }
            return tips;
        } catch (IOException | IllegalArgumentException e) {
            throw GitErrors.explain(e, address, "Reading the branches of");
        }
    }

    private static Map<String, String> remote(RepositoryAddress address, GitAccess access) throws GitException {
        try {
            Collection<Ref> refs = access.configure(Git.lsRemoteRepository().setRemote(address.uri())
                    .setHeads(true).setTags(true)).call();
            var tips = new LinkedHashMap<String, String>();
            refs.forEach(r -> put(tips, r));
            return tips;
        } catch (GitAPIException | RuntimeException e) {
            throw GitErrors.explain(e, address, "Listing the branches of");
        }
    }

    private static void put(Map<String, String> tips, Ref ref) {
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        if (id != null && !ref.getName().endsWith("^{}")) {
            tips.put(ref.getName(), id.getName());
        }
    }
}
