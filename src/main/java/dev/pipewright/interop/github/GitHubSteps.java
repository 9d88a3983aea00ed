package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.model.BuiltInProviders.Shell;
import dev.pipewright.interop.jobs.Notes;
import dev.pipewright.interop.jobs.Unmapped;
import dev.pipewright.model.OutputArtifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A job's steps read into one script: {@code run:} steps become commands (each step's name as a
 * comment, its working directory and environment kept by running it in a subshell), {@code uses:}
 * steps become comment lines and are kept in the job's {@code x-github} extension; checkout and
 * artifact steps become the action's inputs and outputs.
 */
final class GitHubSteps {

    private static final Pattern RUNNER_FILES = Pattern.compile("\\$\\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_STEP_SUMMARY)\\b");
    /** What a step's own key maps onto: its name and its commands; the rest is kept in x-github. */
    private static final Set<String> MAPPED_STEP_KEYS = Set.of("name", "run");
    static final Pattern MARKER = Pattern.compile("# step (\\d+)(?:: (.*))?");
    private static final Pattern OUTPUT_FILE = Pattern.compile("\\$(\\{)?GITHUB_OUTPUT\\b");

    /** What the steps of one job amount to. */
    record Script(List<String> commands, boolean usesRepository, List<String> inputs, List<OutputArtifact> outputs,
                  ArrayNode keptSteps, Set<String> runnerFiles) {
    }

    private GitHubSteps() {
    }

    static Script read(JsonNode steps, String jobShell, String where, GitHubExpressions.Scope scope,
                       Set<String> leftAsWritten, Notes notes) {
        var commands = new ArrayList<String>();
        var inputs = new ArrayList<String>();
        var outputs = new ArrayList<OutputArtifact>();
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        var runnerFiles = new java.util.TreeSet<String>();
        boolean repository = false;
        int number = 0;
        for (JsonNode step : steps) {
            number++;
            String label = "step " + number + step.path("name").asText("").transform(n -> n.isEmpty() ? "" : " (" + n + ")");
            // marks where each step begins, so that an export can give back the same steps
            commands.add(marker(number, step.path("name").asText("")));
            ignoredStepKeys(step, where + ", " + label, notes);
            var keptKeys = Unmapped.of(step, MAPPED_STEP_KEYS);
            kept.add(keptKeys);
            var others = keptKeys.deepCopy();
            others.remove(List.of("uses", "with", "if", "continue-on-error", "timeout-minutes"));
            if (!others.isEmpty()) {
                notes.add(where + ", " + label, "its " + Unmapped.names(others) + " are kept in x-github and written "
                        + "back on export");
            }
            if (step.has("uses")) {
                String uses = step.path("uses").asText();
                String action = uses.replaceAll("@.*", "");
                commands.add("# uses: " + uses + " - runs only on GitHub, kept in x-github");
                switch (action) {
                    case "actions/checkout" -> repository = true;
                    case "actions/upload-artifact" -> upload(step.path("with"), where, outputs, notes);
                    case "actions/download-artifact" -> download(step.path("with"), where, inputs, notes);
                    default -> notes.add(where, "uses: " + action + " is kept as a comment and in x-github: a "
                            + "GitHub action runs only on GitHub; do its work with commands to run it here");
                }
                continue;
            }
            if (!step.has("run")) {
                notes.add(where + ", " + label, "has neither run nor uses; left out");
                continue;
            }
            String run = GitHubExpressions.rewrite(step.path("run").asText(), scope, leftAsWritten);
            run = OUTPUT_FILE.matcher(run).replaceAll(m -> "\\$" + (m.group(1) == null ? "" : "{")
                    + Shell.OUTPUT_FILE_VARIABLE);
            var files = RUNNER_FILES.matcher(run);
            while (files.find()) {
                runnerFiles.add(files.group(1));
            }
            String stepShell = shellWord(step.path("shell").asText(""));
            if (!stepShell.isEmpty() && !stepShell.equals(jobShell)) {
                notes.add(where + ", " + label, "runs with " + stepShell + " on GitHub; here the whole job runs with "
                        + jobShell);
            }
            List<String> prelude = new ArrayList<>();
            if (step.has("working-directory")) {
                prelude.add("cd " + quote(step.path("working-directory").asText()));
            }
            var env = new TreeMap<String, String>();
            step.path("env").properties().forEach(e -> env.put(e.getKey(),
                    GitHubExpressions.rewrite(GitHubMatrix.text(e.getValue()), scope, leftAsWritten)));
            env.forEach((k, v) -> prelude.add("export " + k + "=" + quote(v)));
            if (prelude.isEmpty() || jobShell.equals("pwsh") || jobShell.equals("cmd")) {
                if (!prelude.isEmpty()) {
                    notes.add(where + ", " + label, "its working-directory and env are left out: they are only "
                            + "carried over for sh and bash");
                }
                commands.addAll(run.lines().toList());
            } else {
                // each GitHub step runs in a shell of its own: a subshell keeps cd and exports to this step
                commands.add("(");
                prelude.forEach(p -> commands.add("  " + p));
                commands.addAll(run.lines().toList()); // not indented: a here-document ends at column 0
                commands.add(")");
            }
        }
        return new Script(commands, repository, inputs, outputs, kept, runnerFiles);
    }

    private static void upload(JsonNode with, String where, List<OutputArtifact> outputs, Notes notes) {
        String name = with.path("name").asText("artifact");
        var globs = new ArrayList<String>();
        with.path("path").asText("").lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(p -> {
            if (p.startsWith("!")) {
                notes.add(where, "upload-artifact's exclusion '" + p + "' is left out: Pipewright artifacts "
                        + "have no exclusions");
            } else {
                globs.add(dev.pipewright.interop.jobs.ArtifactPaths.globOf(p));
            }
        });
        outputs.add(new OutputArtifact(name, globs));
    }

    private static void download(JsonNode with, String where, List<String> inputs, Notes notes) {
        if (with.has("name")) {
            inputs.add(with.path("name").asText());
            if (with.has("path")) {
                notes.add(where, "download-artifact's path '" + with.path("path").asText() + "' is left out: the "
                        + "first input artifact is in the working folder, the others in $PIPEWRIGHT_INPUT_<NAME>");
            }
        } else {
            notes.add(where, "download-artifact without a name (all artifacts, or by id or pattern) is left out: "
                    + "name each artifact it needs as an input artifact");
        }
    }

    private static void ignoredStepKeys(JsonNode step, String where, Notes notes) {
        if (step.has("if")) {
            notes.add(where, "its condition 'if: " + oneLine(step.path("if").asText())
                    + "' is kept in x-github: here the step always runs");
        }
        if (step.has("continue-on-error")) {
            notes.add(where, "continue-on-error is kept in x-github: here a failing step fails the action");
        }
        if (step.has("timeout-minutes")) {
            notes.add(where, "its timeout-minutes is kept in x-github: the action's timeout covers the whole job");
        }
    }

    /** The comment line that begins step {@code number}: {@code # step 2: Build the site}. */
    static String marker(int number, String name) {
        return "# step " + number + (name.isBlank() ? "" : ": " + oneLine(name));
    }

    static String shellWord(String shell) {
        String word = shell.trim().split("\\s+")[0];
        return word.equals("powershell") ? "pwsh" : word;
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    static Optional<String> nonEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
