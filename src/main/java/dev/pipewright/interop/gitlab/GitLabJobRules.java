package dev.pipewright.interop.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.yaml.YamlDocument;
import dev.pipewright.model.ClosestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What GitLab refuses in a job, refused on import too, each with its line: a keyword that is not
 * one of GitLab's (a misspelling would otherwise vanish), and a job with nothing to run (no
 * script, run or trigger) in a file that includes nothing it could come from. A CodePipeline
 * declaration given as a GitLab file is caught here: its "pipeline" is a job with no script.
 */
final class GitLabJobRules {

    /** The job keywords of GitLab's CI reference (docs.gitlab.com/ci/yaml). */
    static final Set<String> KEYWORDS = Set.of("after_script", "allow_failure", "artifacts", "before_script",
            "cache", "coverage", "dast_configuration", "dependencies", "environment", "except", "extends", "hooks",
            "identity", "id_tokens", "image", "inherit", "interruptible", "manual_confirmation", "needs", "only",
            "pages", "parallel", "publish", "release", "resource_group", "retry", "rules", "run", "script", "secrets",
            "services", "stage", "start_in", "tags", "timeout", "trigger", "variables", "when");

    /** What gives a job something to run. */
    private static final List<String> RUNNING = List.of("script", "run", "trigger");

    private GitLabJobRules() {
    }

    /**
     * @param jobs the visible jobs, resolved (extends and default applied)
     * @throws InteropException naming every broken job and keyword, with lines
     */
    static void check(YamlDocument document, ObjectNode root, Map<String, ObjectNode> jobs) throws InteropException {
        var problems = new ArrayList<String>();
        boolean gitLab = looksLikeGitLab(root);
        for (var entry : jobs.entrySet()) {
            String name = entry.getKey();
            String at = document.fileName() + document.keyLine(root, name).map(l -> ":" + l).orElse("");
            JsonNode own = root.get(name);
            boolean misspeltScript = false;
            if (gitLab) { // in a file that is not GitLab's, its keys are not misspelled keywords
                for (var fields = own.fieldNames(); fields.hasNext(); ) {
                    String key = fields.next();
                    if (KEYWORDS.contains(key)) {
                        continue;
                    }
                    var close = ClosestName.among(key, KEYWORDS);
                    misspeltScript |= close.filter(RUNNING::contains).isPresent();
                    String line = document.keyLine(own, key).map(l -> document.fileName() + ":" + l).orElse(at);
                    problems.add(line + ": job '" + name + "': unknown keyword '" + key + "'"
                            + close.map(k -> "; did you mean '" + k + "'?")
                            .orElse("; GitLab's job keywords are script, stage, needs, rules, artifacts, variables..."));
                }
            }
            ObjectNode job = entry.getValue();
            boolean runs = RUNNING.stream().anyMatch(job::has);
            if (!runs && !misspeltScript && !root.has("include")) {
                problems.add(at + ": job '" + name + "' has no script: GitLab needs script:, run: or trigger: in every "
                        + "job" + (gitLab ? "" : " (is this a GitLab CI file? it has no stages and no job with a "
                        + "script)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InteropException(String.join("\n", problems));
        }
    }

    private static boolean looksLikeGitLab(ObjectNode root) {
        if (root.has("stages")) {
            return true;
        }
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        return names.stream().anyMatch(n -> root.get(n).has("script"));
    }
}
