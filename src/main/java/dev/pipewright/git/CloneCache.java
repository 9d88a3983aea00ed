package dev.pipewright.git;

import dev.pipewright.platform.UserDataFolder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * One bare clone per repository, kept between runs and brought up to date with a fetch, so a
 * second run does not clone again. Each clone is used by one operation at a time, in this process
 * and across processes (the window and {@code pipewright watch} may share it).
 */
public final class CloneCache {

    public static final String DIR_ENV = "PIPEWRIGHT_GIT_CACHE";

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path root;

    public CloneCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The cache at {@link #defaultDir()}. */
    public static CloneCache atDefaultPlace() {
        return new CloneCache(defaultDir());
    }

    /**
     * {@code $PIPEWRIGHT_GIT_CACHE}, else {@code git} next to the runs folder in the per-user data
     * folder: {@code $XDG_DATA_HOME/pipewright/git} (default {@code ~/.local/share/pipewright/git})
     * on Linux, {@code ~/Library/Application Support/Pipewright/git} on macOS,
     * {@code %LOCALAPPDATA%\Pipewright\git} on Windows, as the engine's runs folder.
     */
    public static Path defaultDir() {
        return UserDataFolder.of("git", DIR_ENV);
    }

    public Path root() {
        return root;
    }

    /** The clone's folder: the repository's name, for people, and a hash of its address, for uniqueness. */
    public Path dirFor(RepositoryAddress address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.uri().getBytes(StandardCharsets.UTF_8));
            String name = address.name().replaceAll("[^A-Za-z0-9._-]", "_");
            return root.resolve((name.isEmpty() ? "repo" : name) + "-" + HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Opens (creating when missing) the clone of {@code address} and holds it until the returned
     * handle is closed. Fetch next to bring it up to date.
     */
    public CachedRepository open(RepositoryAddress address, GitAccess access) throws GitException, InterruptedException {
        Path dir = dirFor(address);
        ReentrantLock lock = IN_PROCESS.computeIfAbsent(dir, d -> new ReentrantLock());
        lock.lockInterruptibly();
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(root.resolve(dir.getFileName() + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            channel.lock(); // held until the channel closes, which the handle does
            Repository repository = openOrCreate(dir);
            return new CachedRepository(address, access, dir, repository, lock, channel);
        } catch (IOException | GitAPIException e) {
            release(lock, channel);
            throw new GitException("cannot use the clone cache " + dir + " for " + address.display() + ": "
                    + e.getMessage() + "; check that the folder can be written (or set " + DIR_ENV
                    + " to another folder)", e);
        } catch (RuntimeException | Error e) {
            release(lock, channel);
            throw e;
        }
    }

    private static Repository openOrCreate(Path dir) throws IOException, GitAPIException {
        if (!Files.exists(dir.resolve(CachedRepository.FETCHED_MARK))) {
            // never fetched in full (new, or a first clone that failed half way): start clean
            if (Files.exists(dir)) {
                WorkingTree.deleteTree(dir);
            }
            Git.init().setBare(true).setDirectory(dir.toFile()).call().close();
        }
        Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        // no automatic garbage collection: JGit starts one in the background after a fetch or a
        // checkout, and two of them (or one and the next run's checkout) raced for gc.log.lock and
        // failed the action ("writing commit … failed: …/gc.log.lock"); the cache is ours to tidy
        repository.getConfig().setInt("gc", null, "auto", 0);
        repository.getConfig().setBoolean("gc", null, "autoDetach", false);
        return repository;
    }

    static void release(ReentrantLock lock, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing releases the lock; nothing else to do
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }
}
