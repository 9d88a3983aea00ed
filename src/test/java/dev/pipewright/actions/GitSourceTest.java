package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pipewright.actions.source.GitSource;
import dev.pipewright.git.CloneCache;
import dev.pipewright.git.GitRepos;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Git source against real repositories made by JGit. */
class GitSourceTest {

    @TempDir
    Path tmp;

    private GitRepos repo;
    private GitSource source;
    private int runs;

    @BeforeEach
    void setUp() throws Exception {
        repo = GitRepos.create(tmp.resolve("app"));
        source = new GitSource(new CloneCache(tmp.resolve("cache")));
    }

    private TestContext run(Map<String, String> settings) throws Exception {
        TestContext context = context(settings);
        source.execute(context);
        return context;
    }

    private TestContext context(Map<String, String> settings) {
        Action action = Action.of("Checkout", ActionCategory.SOURCE, "Git")
                .withOutputArtifacts(List.of(OutputArtifact.named("Src")));
        for (var e : settings.entrySet()) {
            action = action.withSetting(e.getKey(), ConfigValue.text(e.getValue()));
        }
        return new TestContext(tmp.resolve("run" + (++runs)), action);
    }

    private static String file(TestContext context, String path) throws Exception {
        return Files.readString(context.outputArtifactDir("Src").resolve(path));
    }

    @Test
    void clonesOnTheFirstRunAndFetchesOnTheSecond() throws Exception {
        repo.commit("app.txt", "one", "First");
        TestContext first = run(Map.of("url", repo.dir().toString(), "branch", "main"));
        assertTrue(first.lines.get(0).startsWith("Cloning "), first.lines.toString());
        assertEquals("one", file(first, "app.txt"));

        RevCommit second = repo.commit("app.txt", "two", "Second");
        TestContext again = run(Map.of("url", repo.dir().toUri().toString(), "branch", "main"));
        assertTrue(again.lines.get(0).startsWith("Fetching "), again.lines.toString());
        assertEquals("two", file(again, "app.txt"));
        assertEquals(second.getName(), again.variables.get("CommitId"));
    }

    @Test
    void checksOutABranchATagAndACommit() throws Exception {
        RevCommit first = repo.commit("app.txt", "v1", "One");
        repo.tag("v1.0");
        repo.commit("app.txt", "v2", "Two");
        repo.branch("feature");
        repo.checkout("feature");
        repo.commit("app.txt", "feature", "On the feature branch");
        repo.checkout("main");
        String url = repo.dir().toString();

        assertEquals("v2", file(run(Map.of("url", url, "branch", "main")), "app.txt"));
        assertEquals("feature", file(run(Map.of("url", url, "branch", "feature")), "app.txt"));
        assertEquals("v1", file(run(Map.of("url", url, "tag", "v1.0")), "app.txt"));
        TestContext byCommit = run(Map.of("url", url, "commit", first.getName().substring(0, 10)));
        assertEquals("v1", file(byCommit, "app.txt"));
        assertEquals(first.getName(), byCommit.variables.get("CommitId"));
        assertEquals("v2", file(run(Map.of("url", url)), "app.txt"), "no branch: the default branch");
    }

    @Test
    void outputsTheVariablesCodePipelineSourcesDo() throws Exception {
        RevCommit commit = repo.commit("src/Main.java", "class Main {}", "Add Main\n\nWith a body.");
        TestContext context = run(Map.of("url", repo.dir().toString(), "branch", "main"));
        assertEquals(Map.of(
                "CommitId", commit.getName(),
                "BranchName", "main",
                "CommitMessage", "Add Main\n\nWith a body.",
                "AuthorDate", "2024-05-01T10:00:01Z",
                "AuthorName", "Ada Lovelace",
                "RepositoryName", "app"), context.variables);
    }

    @Test
    void leavesOutDotGitUnlessAskedAndThenItIsAWorkingRepository() throws Exception {
        RevCommit commit = repo.commit("run.sh", "echo hi", "Script");
        TestContext plain = run(Map.of("url", repo.dir().toString(), "branch", "main"));
        assertFalse(Files.exists(plain.outputArtifactDir("Src").resolve(".git")));

        TestContext withGit = run(Map.of("url", repo.dir().toString(), "branch", "main", "includeGitFolder", "true"));
        Path out = withGit.outputArtifactDir("Src");
        try (var git = org.eclipse.jgit.api.Git.open(out.toFile())) {
            assertEquals(commit.getName(), git.getRepository().resolve("HEAD").getName());
            assertTrue(git.status().call().isClean(), "index matches the files");
            assertEquals(repo.dir().toString(), git.getRepository().getConfig().getString("remote", "origin", "url"));
        }
    }

    @Test
    void aShallowCloneFetchesOnlyTheNewestCommit() throws Exception {
        repo.commit("a.txt", "1", "One");
        repo.commit("a.txt", "2", "Two");
        TestContext context = run(Map.of("url", repo.dir().toUri().toString(), "branch", "main", "shallow", "true",
                "includeGitFolder", "true"));
        assertEquals("2", file(context, "a.txt"));
        try (var git = org.eclipse.jgit.api.Git.open(context.outputArtifactDir("Src").toFile())) {
            long count = java.util.stream.StreamSupport.stream(git.log().call().spliterator(), false).count();
            assertEquals(1, count, "one commit deep");
        }
    }

    @Test
    void aMissingBranchSaysWhichBranchesThereAre() throws Exception {
        repo.commit("a.txt", "1", "One");
        var e = assertThrows(ActionFailedException.class,
                () -> run(Map.of("url", repo.dir().toString(), "branch", "mian")));
        assertTrue(e.getMessage().contains("has no branch 'mian'"), e.getMessage());
        assertTrue(e.getMessage().contains("its branches are main"), e.getMessage());
    }

    @Test
    void aBadUrlSaysWhatToCheck() throws Exception {
        var missing = assertThrows(ActionFailedException.class, () -> run(Map.of("url", "no/such/folder")));
        assertTrue(missing.getMessage().contains("does not exist; check the 'url' setting"), missing.getMessage());

        Files.createDirectories(tmp.resolve("empty"));
        var notARepo = assertThrows(ActionFailedException.class,
                () -> run(Map.of("url", tmp.resolve("empty").toString(), "branch", "main")));
        assertTrue(notARepo.getMessage().contains("check the 'url' setting"), notARepo.getMessage());
        // digits like an HTTP status inside a path (a temporary folder's name) are not a refusal
        Files.createDirectories(tmp.resolve("build-4013"));
        var numbered = assertThrows(ActionFailedException.class,
                () -> run(Map.of("url", tmp.resolve("build-4013").toString(), "branch", "main")));
        assertTrue(numbered.getMessage().contains("there is no Git repository there"), numbered.getMessage());

        var refused = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                ActionFailedException.class, () -> run(Map.of("url", "https://127.0.0.1:1/app.git"))));
        assertTrue(refused.getMessage().contains("https://127.0.0.1:1/app.git failed"), refused.getMessage());
    }

    @Test
    void anAuthenticationFailureSaysHowToGiveAToken() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/private.git";
            var e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(ActionFailedException.class,
                    () -> run(Map.of("url", url, "branch", "main"))));
            assertTrue(e.getMessage().contains("authentication failed; set 'tokenEnv'"), e.getMessage());
            assertTrue(e.getMessage().contains("private.git"), e.getMessage());

            var unset = assertThrows(ActionFailedException.class, () -> run(Map.of("url", url, "branch", "main",
                    "tokenEnv", "PIPEWRIGHT_TEST_SURELY_UNSET_TOKEN")));
            assertTrue(unset.getMessage().contains("PIPEWRIGHT_TEST_SURELY_UNSET_TOKEN, which is not set"),
                    unset.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
