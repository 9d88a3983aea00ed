package dev.pipewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.git.GitRepos;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pipewright watch} on the git-trigger example, with a repository made the way its script does. */
class WatchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theGitTriggerExampleStartsARunForACommitAndIgnoresADocsCommit() throws Exception {
        Path pipeline = Files.copy(Path.of("examples/git-trigger.pipeline.json"),
                tmp.resolve("git-trigger.pipeline.json"));
        try (var repo = GitRepos.create(tmp.resolve("demo-repo"))) {
            repo.commit("greeting.txt", "Hello", "First commit");
            repo.commit("docs/notes.md", "notes", "Notes");
            var out = new StringWriter();
            var err = new StringWriter();
            CompletableFuture<Integer> exit = watchOneRun(pipeline, out, err);
            waitFor("watching", () -> out.toString().contains("watching Checkout"), out, err);

            repo.commit("docs/notes.md", "more notes", "Only notes");
            waitFor("the docs commit to be ignored", () -> out.toString().contains("ignored commit"), out, err);
            RevCommit commit = repo.commit("greeting.txt", "Hello again", "Say it again");

            assertEquals(0, exit.get(120, TimeUnit.SECONDS), out + "\n" + err);
            String text = out.toString();
            assertTrue(text.contains("excludes [docs/**]"), text);
            assertTrue(text.contains("started execution ") && text.contains("commit "
                    + commit.getName().substring(0, 7) + " \"Say it again\" on branch main"), text);
            assertTrue(text.contains(" Succeeded"), text);

            var history = Cli.run("history", "--runs-dir", tmp.resolve("runs").toString());
            assertTrue(history.out().contains("GitChange " + commit.getName().substring(0, 7) + " on main"),
                    history.all());
        }
    }

    @Test
    void aChangedFileIsWatchedAsChangedAndABrokenOneLeavesTheVersionBefore() throws Exception {
        Path pipeline = Files.copy(Path.of("examples/git-trigger.pipeline.json"),
                tmp.resolve("git-trigger.pipeline.json"));
        String original = Files.readString(pipeline);
        try (var repo = GitRepos.create(tmp.resolve("demo-repo"))) {
            repo.commit("greeting.txt", "Hello", "First commit");
            var out = new StringWriter();
            var err = new StringWriter();
            CompletableFuture<Integer> exit = watchOneRun(pipeline, out, err);
            waitFor("watching", () -> out.toString().contains("watching Checkout"), out, err);

            Files.writeString(pipeline, "{ \"schemaVersion\": 1, \"pipeline\": ");
            waitFor("the broken version to be refused", () -> err.toString().contains("still watching"), out, err);

            Files.writeString(pipeline, original.replace("\"docs/**\"", "\"drafts/**\""));
            waitFor("the new version to be watched", () -> out.toString().contains("watching the new version")
                    && out.toString().indexOf("watching Checkout") != out.toString().lastIndexOf("watching Checkout"),
                    out, err);
            RevCommit commit = repo.commit("docs/notes.md", "notes", "Only notes");

            assertEquals(0, exit.get(120, TimeUnit.SECONDS), out + "\n" + err);
            assertTrue(out.toString().contains("started execution ") && out.toString().contains("commit "
                    + commit.getName().substring(0, 7) + " \"Only notes\""), "docs/ is no longer excluded:\n" + out);
        }
    }

    /** {@code pipewright watch FILE --stop-after 1} in the background, printing to {@code out} and {@code err}. */
    private CompletableFuture<Integer> watchOneRun(Path pipeline, StringWriter out, StringWriter err) {
        return CompletableFuture.supplyAsync(() -> PipewrightCommand.execute(
                new String[] {"watch", pipeline.toString(), "--stop-after", "1",
                    "--runs-dir", tmp.resolve("runs").toString(), "--git-cache", tmp.resolve("git").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    private static void waitFor(String what, BooleanSupplier condition, StringWriter out, StringWriter err)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what + "\n" + out + "\n" + err);
            }
            Thread.sleep(20);
        }
    }
}
