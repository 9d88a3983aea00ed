package dev.pipewright.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real repositories made with JGit in a test's temporary folder. */
public final class GitRepos implements AutoCloseable {

    private final Git git;
    private final Path dir;
    private int tick;

    private GitRepos(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository on branch main. */
    public static GitRepos create(Path dir) throws GitAPIException {
        return new GitRepos(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    }

    public Path dir() {
        return dir;
    }

    public Git git() {
        return git;
    }

    /** Writes {@code path} and commits it; returns the commit. */
    public RevCommit commit(String path, String content, String message) throws IOException, GitAPIException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        git.add().addFilepattern(path).call();
        tick++;
        var who = new PersonIdent("Ada Lovelace", "ada@example.org",
                Instant.parse("2024-05-01T10:00:00Z").plusSeconds(tick), TimeZone.getTimeZone("UTC").toZoneId());
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    public void branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
    }

    public void checkout(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
    }

    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("release " + name).setSigned(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
