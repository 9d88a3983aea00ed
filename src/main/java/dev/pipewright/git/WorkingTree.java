package dev.pipewright.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.BlobBasedConfig;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A commit's files written out as plain files, straight from the clone's objects: no index, no
 * {@code .git} unless asked for. (Git attributes such as line-ending conversion and LFS are not
 * applied: the files are exactly as committed.)
 */
public final class WorkingTree {

    /** A submodule of a commit: where it goes, where it comes from, and which commit it pins. */
    public record Submodule(String path, String url, String commitId) {
    }

    private WorkingTree() {
    }

    static List<Submodule> write(Repository repository, String commitId, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        var gitlinks = new ArrayList<String[]>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                Path file = root.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException("the commit holds a path that leaves the folder: " + tree.getPathString());
                }
                Files.createDirectories(file.getParent());
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    Files.createDirectories(file);
                    gitlinks.add(new String[] {tree.getPathString(), tree.getObjectId(0).getName()});
                } else if (mode == FileMode.SYMLINK) {
                    String link = new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
                    try {
                        Files.createSymbolicLink(file, Path.of(link));
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.writeString(file, link); // as git does where links cannot be made
                    }
                } else {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        repository.open(tree.getObjectId(0)).copyTo(out);
                    }
                    if (mode == FileMode.EXECUTABLE_FILE) {
                        makeExecutable(file);
                    }
                }
            }
            return gitlinks.isEmpty() ? List.of() : submodules(repository, commit, gitlinks);
        }
    }

    private static List<Submodule> submodules(Repository repository, RevCommit commit, List<String[]> gitlinks)
            throws IOException {
        BlobBasedConfig modules;
        try {
            modules = new BlobBasedConfig(null, repository, commit, Constants.DOT_GIT_MODULES);
        } catch (ConfigInvalidException | java.io.FileNotFoundException e) {
            modules = null;
        }
        var found = new ArrayList<Submodule>();
        for (String[] link : gitlinks) {
            Optional<String> url = Optional.empty();
            if (modules != null) {
                for (String name : modules.getSubsections(ConfigConstants.CONFIG_SUBMODULE_SECTION)) {
                    if (link[0].equals(modules.getString(ConfigConstants.CONFIG_SUBMODULE_SECTION, name,
                            ConfigConstants.CONFIG_KEY_PATH))) {
                        url = Optional.ofNullable(modules.getString(ConfigConstants.CONFIG_SUBMODULE_SECTION, name,
                                ConfigConstants.CONFIG_KEY_URL));
                    }
                }
            }
            found.add(new Submodule(link[0], url.orElse(""), link[1]));
        }
        return found;
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true, false);
        }
    }

    /** Every file of a commit (for a commit whose parent a shallow clone lacks). */
    static List<String> files(Repository repository, String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            var paths = new ArrayList<String>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        }
    }

    /** Copies the clone in as {@code target/.git}, detached at the commit, its index matching the files. */
    static void addGitFolder(Path cloneDir, Path target, String commitId, String originUri)
            throws IOException, GitAPIException {
        Path gitDir = target.resolve(Constants.DOT_GIT);
        copyTree(cloneDir, gitDir);
        Files.deleteIfExists(gitDir.resolve(CachedRepository.FETCHED_MARK));
        try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile())
                .setWorkTree(target.toFile()).build()) {
            StoredConfig config = repository.getConfig();
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_BARE, false);
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, Constants.DEFAULT_REMOTE_NAME,
                    ConfigConstants.CONFIG_KEY_URL, originUri);
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, Constants.DEFAULT_REMOTE_NAME, "fetch",
                    "+refs/heads/*:refs/remotes/origin/*");
            config.save();
            RefUpdate head = repository.updateRef(Constants.HEAD, true);
            head.setNewObjectId(ObjectId.fromString(commitId));
            head.forceUpdate();
            try (Git git = Git.wrap(repository)) {
                git.reset().setMode(ResetCommand.ResetType.MIXED).setRef(commitId).call();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder and everything in it, links not followed. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
