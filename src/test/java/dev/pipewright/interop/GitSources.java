package dev.pipewright.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A hand-made pipeline with every kind of Git source an export meets: the repository's own
 * checkout ({@code "."}), and clones of another repository at a branch, at a tag (shallow) and at a
 * commit (with its .git folder), feeding one Shell action that uses their files and variables (two
 * sources' CommitId among them, which GitLab's one name space of dotenv variables must keep apart).
 */
public final class GitSources {

    private GitSources() {
    }

    /** Makes {@code dir} a repository with main (two commits, the first tagged v1) and a branch release. */
    public static String makeRemote(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        git(dir, "init", "-q", "-b", "main");
        Files.writeString(dir.resolve("greeting.txt"), "Hello from the remote\n");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "First commit");
        git(dir, "tag", "v1");
        String first = git(dir, "rev-parse", "HEAD").strip();
        Files.writeString(dir.resolve("greeting.txt"), "Hello again\n");
        git(dir, "commit", "-q", "-am", "Second commit");
        git(dir, "checkout", "-q", "-b", "release");
        Files.writeString(dir.resolve("release.txt"), "Release notes\n");
        git(dir, "add", "-A");
        git(dir, "commit", "-q", "-m", "Release notes\n\nA body line that a dotenv value cannot hold.");
        git(dir, "checkout", "-q", "main");
        return first;
    }

    /** The pipeline file's text: its sources clone {@code remoteUrl}; {@code firstCommit} pins one of them. */
    public static String pipeline(String remoteUrl, String firstCommit) {
        return """
                {
                  "schemaVersion": 1,
                  "pipeline": {
                    "name": "git-sources",
                    "stages": [
                      { "name": "Source", "actions": [
                        { "name": "Own", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                          "configuration": { "url": "." },
                          "outputArtifacts": [ { "name": "Self" } ], "namespace": "SelfVars" },
                        { "name": "Release", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                          "configuration": { "url": "%1$s", "branch": "release" },
                          "outputArtifacts": [ { "name": "Rel" } ], "namespace": "RelVars" },
                        { "name": "Tagged", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                          "configuration": { "url": "%1$s", "tag": "v1", "shallow": true },
                          "outputArtifacts": [ { "name": "Tag" } ] },
                        { "name": "Pinned", "actionTypeId": { "category": "Source", "provider": "Git" }, "runOrder": 1,
                          "configuration": { "url": "%1$s", "commit": "%2$s", "includeGitFolder": true },
                          "outputArtifacts": [ { "name": "Pin" } ] } ] },
                      { "name": "Build", "actions": [
                        { "name": "Use", "actionTypeId": { "category": "Build", "provider": "Shell" }, "runOrder": 1,
                          "configuration": { "commands": [
                            "cat release.txt",
                            "ls \\"$PIPEWRIGHT_INPUT_SELF\\" | grep -c pipeline.json",
                            "cat \\"$PIPEWRIGHT_INPUT_TAG/greeting.txt\\"",
                            "test -d \\"$PIPEWRIGHT_INPUT_PIN/.git\\" && echo the pinned clone has its .git folder",
                            "test ! -e .git && echo the release clone has none",
                            "echo release #{RelVars.CommitId} on #{RelVars.BranchName} by #{RelVars.AuthorName} at #{RelVars.AuthorDate} of #{RelVars.RepositoryName}",
                            "echo own #{SelfVars.CommitId} of #{SelfVars.RepositoryName} on #{SelfVars.BranchName}"
                          ] },
                          "inputArtifacts": [ { "name": "Rel" }, { "name": "Self" }, { "name": "Tag" }, { "name": "Pin" } ] } ] }
                    ]
                  }
                }
                """.formatted(remoteUrl, firstCommit);
    }

    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Remote Author",
                "-c", "user.email=remote@example.org", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(command + " failed: " + out);
        }
        return out;
    }
}
