package dev.pipewright.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A new Git repository with a first commit of a few files: what an example checks out. */
public final class StarterRepository {

    private StarterRepository() {
    }

    /**
     * Makes {@code folder} a repository on {@code branch} holding {@code files} (path → text) in one
     * commit by {@code author}; needs no git program.
     */
    public static void create(Path folder, String branch, Map<String, String> files, String author, String email,
            String message) throws IOException {
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        var who = new PersonIdent(author, email);
        try (Git git = Git.init().setInitialBranch(branch).setDirectory(folder.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot make the repository " + folder + ": " + e.getMessage(), e);
        }
    }
}
