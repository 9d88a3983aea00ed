package dev.pipewright.git;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A repository's clone in the {@link CloneCache}, held by one user until closed: fetch into it,
 * find commits, list what a commit changed, and write a commit's files out as a working tree.
 */
public final class CachedRepository implements AutoCloseable {

    static final String FETCHED_MARK = "pipewright-fetched";
    private static final List<String> MIRROR = List.of("+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*");

    private final RepositoryAddress address;
    private final GitAccess access;
    private final Path dir;
    private final Repository repository;
    private final ReentrantLock lock;
    private final FileChannel lockFile;

    CachedRepository(RepositoryAddress address, GitAccess access, Path dir, Repository repository,
                     ReentrantLock lock, FileChannel lockFile) {
        this.address = address;
        this.access = access;
        this.dir = dir;
        this.repository = repository;
        this.lock = lock;
        this.lockFile = lockFile;
    }

    public RepositoryAddress address() {
        return address;
    }

    public Path dir() {
        return dir;
    }

    /** Whether no fetch has filled it yet: the next fetch is a clone. */
    public boolean isEmpty() {
        return !Files.exists(dir.resolve(FETCHED_MARK));
    }

    /**
     * Brings every branch and tag up to date with the remote (a clone when {@link #isEmpty()}).
     * Branches deleted on the remote go here too.
     */
    public void fetchAll() throws GitException {
        fetch(MIRROR, 0);
    }

    /** Fetches only {@code revision}'s branch or tag, one commit deep: a shallow clone. */
    public void fetchShallow(Revision revision) throws GitException {
        String ref;
        if (revision instanceof Revision.Branch b) {
            ref = Constants.R_HEADS + b.name();
        } else if (revision instanceof Revision.Tag t) {
            ref = Constants.R_TAGS + t.name();
        } else {
            throw new GitException("a shallow clone needs a branch or a tag to fetch, not " + revision
                    + "; set 'branch' or 'tag', or turn 'shallow' off");
        }
        fetch(List.of("+" + ref + ":" + ref), 1);
    }

    private void fetch(List<String> specs, int depth) throws GitException {
        try (Git git = Git.wrap(repository)) {
            var fetch = git.fetch().setRemote(address.uri())
                    .setRefSpecs(specs.stream().map(RefSpec::new).toList())
                    .setRemoveDeletedRefs(depth == 0);
            if (depth > 0) {
                fetch.setDepth(depth);
            } else if (Files.exists(dir.resolve("shallow"))) {
                fetch.setUnshallow(true);
            }
            FetchResult result = access.configure(fetch).call();
            rememberDefaultBranch(result);
            Files.writeString(dir.resolve(FETCHED_MARK), address.uri());
        } catch (GitAPIException | IOException | RuntimeException e) {
            throw GitErrors.explain(e, address, isEmpty() ? "Cloning" : "Fetching from");
        }
    }

    /** Points the clone's HEAD where the remote's points, so "the default branch" means the same. */
    private void rememberDefaultBranch(FetchResult result) throws IOException {
        Ref head = result.getAdvertisedRef(Constants.HEAD);
        if (head == null) {
            return;
        }
        Optional<String> target = head.isSymbolic() ? Optional.of(head.getTarget().getName())
                : result.getAdvertisedRefs().stream()
                .filter(r -> r.getName().startsWith(Constants.R_HEADS) && head.getObjectId() != null
                        && head.getObjectId().equals(r.getObjectId()))
                .map(Ref::getName)
                .min(Comparator.comparing((String n) -> !n.equals("refs/heads/main") && !n.equals("refs/heads/master"))
                        .thenComparing(n -> n));
        if (target.isPresent() && target.get().startsWith(Constants.R_HEADS)) {
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.link(target.get());
        }
    }

    /** The remote's default branch, as last fetched. */
    public Optional<String> defaultBranch() throws GitException {
        try {
            Ref head = repository.exactRef(Constants.HEAD);
            if (head != null && head.isSymbolic() && head.getTarget().getName().startsWith(Constants.R_HEADS)) {
                return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw GitErrors.explain(e, address, "Reading");
        }
    }

    /** Every branch and tag name: for messages that say what does exist. */
    public List<String> names(String prefix) {
        try {
            return repository.getRefDatabase().getRefsByPrefix(prefix).stream()
                    .map(r -> r.getName().substring(prefix.length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The commit {@code revision} names in the clone, or a message saying what is there instead. */
    public CommitInfo resolve(Revision revision) throws GitException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id;
            if (revision instanceof Revision.Branch b) {
                id = ref(Constants.R_HEADS + b.name()).orElseThrow(() -> missing(revision, "branches",
                        Constants.R_HEADS));
            } else if (revision instanceof Revision.Tag t) {
                id = ref(Constants.R_TAGS + t.name()).orElseThrow(() -> missing(revision, "tags", Constants.R_TAGS));
            } else if (revision instanceof Revision.Commit c) {
                id = commit(c.id());
            } else {
                String branch = defaultBranch().orElseThrow(() -> new GitException(address.display()
                        + " has no default branch (is it empty?); set 'branch' to the branch to build"));
                id = resolveId(new Revision.Branch(branch));
            }
            return CommitInfo.of(walk.parseCommit(id));
        } catch (MissingObjectException e) {
            throw new GitException(revision + " of " + address.display() + " is not in the clone; if the clone is "
                    + "shallow, turn 'shallow' off", e);
        } catch (IOException e) {
            throw GitErrors.explain(e, address, "Reading");
        }
    }

    private ObjectId resolveId(Revision revision) throws GitException {
        return ObjectId.fromString(resolve(revision).id());
    }

    private Optional<ObjectId> ref(String name) throws IOException {
        Ref ref = repository.exactRef(name);
        if (ref == null) {
            return Optional.empty();
        }
        Ref peeled = repository.getRefDatabase().peel(ref);
        return Optional.ofNullable(peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId());
    }

    private ObjectId commit(String id) throws GitException, IOException {
        if (!id.matches("[0-9a-fA-F]{4,40}")) {
            throw new GitException("'" + id + "' is not a commit id; write 4 to 40 hexadecimal digits");
        }
        ObjectId found = repository.resolve(id + "^{commit}");
        if (found == null) {
            throw new GitException("commit " + id + " is not in " + address.display()
                    + "; check the id (is it pushed? on a branch that still exists?)");
        }
        return found;
    }

    private GitException missing(Revision revision, String kind, String prefix) {
        List<String> known = names(prefix);
        return new GitException(address.display() + " has no " + revision + "; "
                + (known.isEmpty() ? "it has no " + kind + " at all" : "its " + kind + " are "
                + String.join(", ", known.size() > 20 ? known.subList(0, 20) : known)
                + (known.size() > 20 ? ", …" : "")) + "; check the spelling");
    }

    /** Whether the commit is in the clone (a trigger's commit may need a deeper fetch). */
    public boolean contains(String commitId) {
        try {
            ObjectId id = ObjectId.fromString(commitId);
            return repository.getObjectDatabase().has(id);
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Branches and tags by full ref name, each with the commit it points to (tags peeled). */
    public Map<String, String> tips() throws GitException {
        try {
            var tips = new LinkedHashMap<String, String>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_REFS)) {
                Ref peeled = repository.getRefDatabase().peel(ref);
                ObjectId id = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
                if (id != null) {
                    tips.put(ref.getName(), id.getName());
                }
            }
            return tips;
        } catch (IOException e) {
            throw GitErrors.explain(e, address, "Reading");
        }
    }

    /**
     * The commits reachable from {@code tip} but from none of {@code known}, oldest first; at most
     * {@code max}, the newest ones.
     */
    public List<CommitInfo> commitsSince(String tip, Collection<String> known, int max) throws GitException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(ObjectId.fromString(tip)));
            for (String k : known) {
                if (contains(k)) {
                    try {
                        walk.markUninteresting(walk.parseCommit(ObjectId.fromString(k)));
                    } catch (IOException | IllegalArgumentException notACommit) {
                        // a tag of a tree, or gone: it bounds nothing
                    }
                }
            }
            var newestFirst = new ArrayList<CommitInfo>();
            for (RevCommit c : walk) {
                if (newestFirst.size() == max) {
                    break;
                }
                newestFirst.add(CommitInfo.of(c));
            }
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        } catch (IOException e) {
            throw GitErrors.explain(e, address, "Reading");
        }
    }

    /** The files a commit added, changed or deleted, compared with its first parent. */
    public List<String> changedPaths(String commitId) throws GitException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            if (commit.getParentCount() > 0) {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            } else {
                tree.addTree(new EmptyTreeIterator());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            var paths = new TreeSet<String>();
            for (DiffEntry entry : DiffEntry.scan(tree)) {
                if (!entry.getOldPath().equals(DiffEntry.DEV_NULL)) {
                    paths.add(entry.getOldPath());
                }
                if (!entry.getNewPath().equals(DiffEntry.DEV_NULL)) {
                    paths.add(entry.getNewPath());
                }
            }
            return List.copyOf(paths);
        } catch (MissingObjectException e) {
            // a shallow clone lacks the parent: every file counts as changed
            try {
                return WorkingTree.files(repository, commitId);
            } catch (IOException again) {
                throw GitErrors.explain(again, address, "Reading");
            }
        } catch (IOException e) {
            throw GitErrors.explain(e, address, "Reading");
        }
    }

    /**
     * Writes the files of {@code commitId} into {@code target} (which must be empty or missing),
     * with the executable bit and symbolic links as committed. With {@code keepGitFolder}, target
     * also gets a {@code .git} folder: a full copy of the clone, HEAD at that commit, origin the
     * real remote, so {@code git log} and {@code git describe} work in later actions.
     *
     * @return the submodules of the commit, for the caller to fill in if it wants them
     */
    public List<WorkingTree.Submodule> checkout(String commitId, Path target, boolean keepGitFolder)
            throws GitException {
        try {
            List<WorkingTree.Submodule> submodules = WorkingTree.write(repository, commitId, target);
            if (keepGitFolder) {
                WorkingTree.addGitFolder(dir, target, commitId, address.uri());
            }
            return submodules;
        } catch (IOException | GitAPIException e) {
            throw new GitException("writing commit " + commitId + " of " + address.display() + " into " + target
                    + " failed: " + e.getMessage() + "; check free disk space and permissions", e);
        }
    }

    @Override
    public void close() {
        repository.close();
        CloneCache.release(lock, lockFile);
    }
}
