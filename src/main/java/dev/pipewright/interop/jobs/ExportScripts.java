package dev.pipewright.interop.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Bash that does on a CI runner what a built-in provider does on this machine, for providers
 * neither target has: picking an output artifact's files, a folder snapshot with its digest,
 * copying to a folder, packing an archive, an HTTP request. Each writes the provider's output
 * variables as NAME=value lines to {@code $outputFile}, as a Pipewright shell action would.
 *
 * @param quote how a value is quoted for the target's shell (GitLab must leave $X expandable)
 */
public record ExportScripts(UnaryOperator<String> quote, String outputFile) {

    /** Copies the files matching {@code globs} (all when empty) into {@code into}, keeping their paths. */
    public List<String> pickFiles(List<String> globs, String into) {
        var lines = new ArrayList<String>();
        lines.add("shopt -s globstar dotglob nullglob");
        lines.add("mkdir -p " + into);
        if (globs.isEmpty()) {
            lines.add("cp -R . " + into + "/");
            return lines;
        }
        for (String glob : globs) {
            // the glob stays unquoted so that bash expands it; ** matches at any depth with globstar
            lines.add("for f in " + glob.replace(" ", "\\ ") + "; do if [ -f \"$f\" ]; then mkdir -p " + into
                    + "/\"$(dirname \"$f\")\" && cp -p \"$f\" " + into + "/\"$f\"; fi; done");
        }
        return lines;
    }

    /** A Local folder source: a copy of {@code path} without {@code excludes}, with Digest and FileCount. */
    public List<String> folderSnapshot(String path, List<String> excludes, String into) {
        var lines = new ArrayList<String>();
        lines.add("mkdir -p " + into);
        lines.add("cp -R " + quote.apply(path + "/.") + " " + into + "/");
        for (String exclude : excludes) {
            String name = exclude.replaceFirst("^\\*\\*/", "");
            lines.add("find " + into + " -name " + quote.apply(name) + " -prune -exec rm -rf {} +");
        }
        lines.add("echo \"FileCount=$(find " + into + " -type f | wc -l | tr -d ' ')\" >> \"" + outputFile + "\"");
        lines.add("echo \"Digest=$(cd " + into + " && find . -type f | LC_ALL=C sort | xargs -r -d '\\n' sha256sum "
                + "| sha256sum | cut -c1-64)\" >> \"" + outputFile + "\"");
        return lines;
    }

    /** A Folder deploy: copies {@code from} into {@code target}, emptied first when {@code clean}. */
    public List<String> copyToFolder(String from, String target, boolean clean) {
        var lines = new ArrayList<String>();
        String t = quote.apply(target);
        if (clean) {
            lines.add("rm -rf " + t);
        }
        lines.add("mkdir -p " + t);
        lines.add("cp -R " + from + "/. " + t + "/");
        lines.add("echo \"TargetPath=$(cd " + t + " && pwd)\" >> \"" + outputFile + "\"");
        lines.add("echo \"FileCount=$(find " + from + " -type f | wc -l | tr -d ' ')\" >> \"" + outputFile + "\"");
        return lines;
    }

    /** An Archive deploy: packs {@code from} into {@code target} as zip or tar.gz. */
    public List<String> pack(String from, String target, String format) {
        var lines = new ArrayList<String>();
        lines.add("archive=" + quote.apply(target));
        lines.add("mkdir -p \"$(dirname \"$archive\")\"");
        lines.add("case \"$archive\" in /*) ;; *) archive=\"$PWD/$archive\" ;; esac");
        lines.add(format.equals("tar.gz")
                ? "tar -czf \"$archive\" -C " + from + " ."
                : "(cd " + from + " && zip -q -r -X \"$archive\" .)");
        lines.add("echo \"ArchivePath=$archive\" >> \"" + outputFile + "\"");
        lines.add("echo \"Sha256=$(sha256sum \"$archive\" | cut -c1-64)\" >> \"" + outputFile + "\"");
        return lines;
    }

    /** An HTTP request with curl, failing unless the status is one of {@code expected} (200, 2xx, lists). */
    public List<String> httpRequest(String method, String url, Map<String, String> headers, String body,
                                    String expected) {
        var command = new StringBuilder("status=$(curl -sS -o response.body -w '%{http_code}' -X " + method);
        headers.forEach((k, v) -> command.append(" -H ").append(quote.apply(k + ": " + v)));
        if (!body.isEmpty()) {
            command.append(" --data-binary ").append(quote.apply(body));
        }
        command.append(" ").append(quote.apply(url)).append(")");
        var lines = new ArrayList<String>();
        lines.add(command.toString());
        lines.add("echo \"StatusCode=$status\" >> \"" + outputFile + "\"");
        lines.add("head -c 2000 response.body; echo");
        String patterns = String.join("|", expected.replace(" ", "").replace("x", "?").split(","));
        lines.add("case \"$status\" in " + patterns + ") echo \"HTTP $status\" ;; *) echo \"HTTP $status, expected "
                + expected + "\" >&2; exit 1 ;; esac");
        return lines;
    }

    /** Single quotes: nothing inside is expanded by the shell. */
    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /** Double quotes: $NAME still expands, as GitLab variables must. */
    public static String doubleQuoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`") + "\"";
    }
}
