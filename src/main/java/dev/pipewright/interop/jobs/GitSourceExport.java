package dev.pipewright.interop.jobs;

import dev.pipewright.model.BuiltInProviders.Git;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A Git source as bash for a CI job. Two cases, told apart by the URL alone, since an export does
 * not know where the pipeline file will be committed:
 * <ul>
 * <li>the repository's own checkout: the URL {@code .} (or {@code ./}), the folder of the pipeline
 * file, which is the root of the repository the exported file is committed to. The job copies the
 * commit the CI system runs for (its branch, tag or commit setting then only says which pushes
 * start the pipeline);</li>
 * <li>any other URL: a clone of it at its branch, tag or commit, as Pipewright makes.</li>
 * </ul>
 * Either way the commit's files (without {@code .git} unless {@code includeGitFolder}) land in the
 * output artifact's folder and CommitId, BranchName, CommitMessage, AuthorDate, AuthorName and
 * RepositoryName are written as NAME=value lines to the output file, as the Git source sets them.
 *
 * @param quote how a value is quoted for the target's shell
 * @param outputFile where NAME=value lines go ({@code $GITHUB_OUTPUT}, a dotenv file)
 * @param oneLineValues true when the output file takes one line per value (GitLab's dotenv): the
 *                      commit message is then its first line; otherwise it is the whole message
 * @param references    rewrites {@code #{...}} references in the settings for the target
 */
public record GitSourceExport(UnaryOperator<String> quote, String outputFile, boolean oneLineValues,
                              UnaryOperator<String> references) {

    /** The URL of a Git source that means the repository the exported file lives in. */
    public static boolean isOwnRepository(String url) {
        String u = url.trim();
        return u.equals(".") || u.equals("./");
    }

    /** A folder on this machine named relative to the pipeline file: neither an address nor an absolute path. */
    public static boolean isRelativeFolder(String url) {
        String u = url.trim();
        return !u.isEmpty() && !isOwnRepository(u) && !u.startsWith("/") && !u.contains("://")
                && !u.matches("[^/\\s]+@[^/\\s]+:.*") && !u.matches("[A-Za-z]:[\\\\/].*");
    }

    /** A Git source that clones another repository: it needs no checkout of the one exported. */
    public static boolean clonesElsewhere(String url) {
        return !isOwnRepository(url) && !isRelativeFolder(url);
    }

    /** CodePipeline's RepositoryName, as Pipewright gives it: the URL's last segment without {@code .git}. */
    public static String repositoryName(String url) {
        String u = url.trim().replaceAll("[/\\\\]+$", "");
        String last = u.substring(Math.max(Math.max(u.lastIndexOf('/'), u.lastIndexOf(':')), u.lastIndexOf('\\')) + 1);
        return last.replaceFirst("\\.git$", "");
    }

    /**
     * Clones {@code url} into {@code into} at the action's branch, tag or commit.
     *
     * @param checkout the folder of the repository's checkout, against which a relative URL is read
     */
    public List<String> clone(Action action, String url, String checkout, String into) {
        String branch = text(action, Git.BRANCH);
        String tag = text(action, Git.TAG);
        String commit = text(action, Git.COMMIT);
        boolean shallow = flag(action, Git.SHALLOW) && commit.isEmpty();
        String address = isRelativeFolder(url) ? checkout + "/" + url : url;
        var clone = new StringBuilder("git clone --quiet");
        if (shallow) {
            clone.append(" --depth 1");
        }
        String named = !branch.isEmpty() && commit.isEmpty() ? branch : tag;
        if (!named.isEmpty() && commit.isEmpty()) {
            clone.append(" --branch ").append(quote.apply(named));
        }
        if (flag(action, Git.SUBMODULES) && commit.isEmpty()) {
            clone.append(" --recurse-submodules");
        }
        clone.append(" -- ").append(quote.apply(address)).append(" ").append(into);
        var lines = new ArrayList<String>();
        lines.add("rm -rf " + into);
        lines.add(clone.toString());
        if (!commit.isEmpty()) {
            lines.add("git -C " + into + " checkout --quiet --detach " + quote.apply(commit));
            if (flag(action, Git.SUBMODULES)) {
                lines.add("git -C " + into + " submodule update --quiet --init --recursive");
            }
        }
        String branchName = !branch.isEmpty() ? quote.apply(branch)
                : tag.isEmpty() && commit.isEmpty() ? "\"$(git -C " + into + " rev-parse --abbrev-ref HEAD)\"" : "\"\"";
        lines.addAll(outputs(into, branchName, quote.apply(repositoryName(url))));
        if (!flag(action, Git.INCLUDE_GIT_FOLDER)) {
            lines.add("rm -rf " + into + "/.git");
        }
        return lines;
    }

    /**
     * Copies the commit checked out in {@code checkout} (the repository's own) into {@code into}.
     *
     * @param branch the shell expression of the branch the CI system runs for (empty for a tag)
     * @param name   the shell expression of the repository's name
     */
    public List<String> ownCheckout(Action action, String checkout, String branch, String name, String into) {
        var lines = new ArrayList<String>();
        lines.add("rm -rf " + into + " && mkdir -p " + into);
        // exactly the commit's files: nothing the job or an earlier one left in the folder
        lines.add("git -C " + checkout + " archive --format=tar HEAD | tar -xf - -C " + into);
        if (flag(action, Git.INCLUDE_GIT_FOLDER)) {
            lines.add("cp -R " + checkout + "/.git " + into + "/");
        }
        lines.addAll(outputs(checkout, branch, name));
        return lines;
    }

    private List<String> outputs(String repository, String branch, String name) {
        String log = "git -C " + repository + " log -1";
        var lines = new ArrayList<String>();
        lines.add("echo \"CommitId=$(git -C " + repository + " rev-parse HEAD)\" >> \"" + outputFile + "\"");
        lines.add("echo BranchName=" + branch + " >> \"" + outputFile + "\"");
        if (oneLineValues) {
            lines.add("echo \"CommitMessage=$(" + log + " --format=%s)\" >> \"" + outputFile + "\"");
        } else {
            // the multi-line form of GitHub's output file; $(...) drops the message's trailing newlines
            lines.add("{ echo 'CommitMessage<<PIPEWRIGHT_EOF'; printf '%s\\n' \"$(" + log + " --format=%B)\"; "
                    + "echo PIPEWRIGHT_EOF; } >> \"" + outputFile + "\"");
        }
        lines.add("echo \"AuthorDate=$(TZ=UTC " + log + " --date=format-local:%Y-%m-%dT%H:%M:%SZ --format=%ad)\" >> \""
                + outputFile + "\"");
        lines.add("echo \"AuthorName=$(" + log + " --format=%an)\" >> \"" + outputFile + "\"");
        lines.add("echo RepositoryName=" + name + " >> \"" + outputFile + "\"");
        return lines;
    }

    private String text(Action action, String key) {
        return references.apply(action.setting(key).map(ConfigValue::asText).orElse("").trim());
    }

    private static boolean flag(Action action, String key) {
        return action.setting(key).map(v -> v.asText().equals("true")).orElse(false);
    }
}
