package dev.pipewright.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The small Git repository the git-trigger example checks out ({@code demo-repo} beside it), made
 * as {@code examples/make-demo-repo.sh} makes it, so the example opened from the welcome view runs
 * at once and can be watched; with JGit, so it needs no git program.
 */
final class DemoRepository {

    static final String FOLDER = "demo-repo";

    private DemoRepository() {
    }

    /** Makes {@code examples/demo-repo} unless something is there already (it may hold the person's commits). */
    static void ensure(Path examples) throws IOException {
        Path repo = examples.resolve(FOLDER);
        if (Files.exists(repo)) {
            return;
        }
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("greeting.txt"), "Hello from the demo repository\n");
        Files.writeString(repo.resolve("docs/notes.md"), "Notes nobody builds\n");
        var who = new PersonIdent("Demo User", "demo@example.org");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("First commit").setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot make the demo repository " + repo + ": " + e.getMessage(), e);
        }
    }
}
