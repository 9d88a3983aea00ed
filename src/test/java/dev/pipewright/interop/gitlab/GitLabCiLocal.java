package dev.pipewright.interop.gitlab;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * gitlab-ci-local (the npm package, 4.60.0: later ones need a newer Node) running a
 * {@code .gitlab-ci.yml} with its shell executor, each job in its own copy of the repository
 * ({@code --shell-isolation}), so artifacts and dotenv reports must travel as on GitLab. Found
 * through {@code -Dpipewright.gitlabCiLocal}, {@code $GITLAB_CI_LOCAL}, the project's
 * {@code .tools/} (where {@code .ci/run} installs it) or the PATH; without it, or without rsync,
 * the tests that need it are skipped by name.
 */
final class GitLabCiLocal {

    static final String VERSION = "4.60.0";
    private static final Pattern RESULT = Pattern.compile("^\\s*(PASS|FAIL|WARN)\\s+(\\S+)\\s*$");

    /** What one pipeline run did: the tool's exit code, its output, each job's result and log. */
    record Run(int exitCode, String output, Map<String, String> results, Path stateDir) {

        /** What the job's commands printed (its log without the {@code $ command} lines). */
        List<String> printed(String job) throws IOException {
            Path log = stateDir.resolve("output").resolve(job + ".log");
            return Files.readAllLines(log).stream().filter(l -> !l.startsWith("$ ")).toList();
        }

        /** The files the job kept as artifacts, relative to the repository root. */
        Path artifacts(String job) {
            return stateDir.resolve("artifacts").resolve(job);
        }
    }

    private GitLabCiLocal() {
    }

    /** The command to start gitlab-ci-local, or a skip that names what is missing. */
    static List<String> command() {
        Optional<Path> tool = Stream.of(System.getProperty("pipewright.gitlabCiLocal"), System.getenv("GITLAB_CI_LOCAL"),
                        ".tools/node_modules/.bin/gitlab-ci-local")
                .filter(p -> p != null && !p.isBlank()).map(Path::of).filter(Files::isExecutable).findFirst()
                .or(() -> onPath("gitlab-ci-local"));
        assumeTrue(tool.isPresent(), "skipped: gitlab-ci-local " + VERSION + " is not installed (.ci/run installs it "
                + "into .tools/ with npm; or set GITLAB_CI_LOCAL)");
        assumeTrue(onPath("node").isPresent(), "skipped: node is not on the PATH; gitlab-ci-local needs it");
        assumeTrue(onPath("rsync").isPresent(), "skipped: rsync is not on the PATH; gitlab-ci-local's shell "
                + "isolation needs it (apt-get install rsync)");
        assumeTrue(onPath("git").isPresent(), "skipped: git is not on the PATH");
        return List.of(tool.get().toAbsolutePath().toString());
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    /** Commits everything in {@code repo} as the first commit of a new repository on branch main, with a remote. */
    static void commitAll(Path repo) throws IOException, InterruptedException {
        git(repo, "init", "-q", "-b", "main");
        // as on GitLab, the project is named after its folder (CI_PROJECT_NAME); never contacted
        git(repo, "remote", "add", "origin", "https://gitlab.example.org/team/" + repo.getFileName() + ".git");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Pipewright Test", "-c", "user.email=test@example.org", "commit", "-q", "-m",
                "The exported pipeline");
    }

    static String git(Path repo, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        return exec(command, repo, Map.of()).output();
    }

    /** Runs the whole pipeline of {@code repo}, releasing {@code manualJobs}. */
    static Run run(Path repo, List<String> manualJobs) throws IOException, InterruptedException {
        var command = new ArrayList<>(command());
        command.addAll(List.of("--shell-isolation", "--color=false"));
        for (String job : manualJobs) {
            command.addAll(List.of("--manual", job));
        }
        Exec exec = exec(command, repo, Map.of("HOME", repo.getParent().toString()));
        var results = new TreeMap<String, String>();
        for (String line : exec.output().split("\n")) {
            Matcher m = RESULT.matcher(line);
            if (m.matches()) {
                results.put(m.group(2), m.group(1));
            }
        }
        return new Run(exec.exitCode(), exec.output(), results, repo.resolve(".gitlab-ci-local"));
    }

    record Exec(int exitCode, String output) {
    }

    /** Runs a program to its end (a generous limit, as the machine is shared), keeping its output. */
    static Exec exec(List<String> command, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("pipewright-exec", ".log");
        try {
            var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end in 10 minutes:\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (command.get(0).equals("git") && process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
            return new Exec(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
