package dev.pipewright.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small Git repository the git-trigger example checks out ({@code demo-repo} beside it), made
 * as {@code examples/make-demo-repo.sh} makes it, so the example opened from the welcome view runs
 * at once and can be watched; it needs no git program.
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
        var files = new java.util.LinkedHashMap<String, String>();
        files.put("greeting.txt", "Hello from the demo repository\n");
        files.put("docs/notes.md", "Notes nobody builds\n");
        dev.pipewright.git.StarterRepository.create(repo, "main", files, "Demo User", "demo@example.org", "First commit");
    }
}
