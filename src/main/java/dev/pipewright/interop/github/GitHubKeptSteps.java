package dev.pipewright.interop.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.model.BuiltInProviders.Shell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * The steps of a job imported from GitHub, given back on export: each {@code # step N} line of the
 * action's commands begins step N again, with the keys the import kept for it in {@code x-github}
 * (uses, with, id, if, env...) and the commands up to the next step as its {@code run}. Only when
 * the commands still hold every step's line in order; otherwise the action is written as any other.
 */
final class GitHubKeptSteps {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GitHubKeptSteps() {
    }

    /**
     * @param commands   the action's commands, one line each
     * @param kept       what the import kept of each step, in order
     * @param references rewrites {@code #{...}} references into GitHub expressions
     */
    static Optional<ArrayNode> rebuild(List<String> commands, JsonNode kept, UnaryOperator<String> references) {
        if (!kept.isArray() || kept.isEmpty()) {
            return Optional.empty();
        }
        var starts = new ArrayList<Integer>();
        var names = new ArrayList<String>();
        for (int i = 0; i < commands.size(); i++) {
            Matcher m = GitHubSteps.MARKER.matcher(commands.get(i));
            if (m.matches()) {
                if (Integer.parseInt(m.group(1)) != starts.size() + 1) {
                    return Optional.empty();
                }
                starts.add(i);
                names.add(m.group(2));
            }
        }
        // before the first step only the job's name may stand, as a comment
        if (starts.size() != kept.size() || commands.subList(0, starts.get(0)).stream()
                .anyMatch(l -> !l.startsWith("#"))) {
            return Optional.empty();
        }
        ArrayNode steps = NODES.arrayNode();
        for (int n = 0; n < starts.size(); n++) {
            int end = n + 1 < starts.size() ? starts.get(n + 1) : commands.size();
            List<String> lines = commands.subList(starts.get(n) + 1, end);
            JsonNode keys = kept.get(n);
            ObjectNode step = NODES.objectNode();
            if (names.get(n) != null) {
                step.put("name", names.get(n));
            }
            keys.properties().forEach(e -> step.set(e.getKey(), e.getValue().deepCopy()));
            // a step with neither run nor uses (one GitHub added later) comes back as it was
            boolean neither = lines.isEmpty() && !keys.isEmpty();
            if (!keys.has("uses") && !neither) {
                step.put("run", references.apply(String.join("\n", ownLines(lines, keys)))
                        .replaceAll("\\$(\\{)?" + Shell.OUTPUT_FILE_VARIABLE + "\\b", "\\$$1GITHUB_OUTPUT"));
            }
            steps.add(step);
        }
        return Optional.of(steps);
    }

    /** The step's own commands: without the subshell, cd and exports the import wrapped them in for its env. */
    private static List<String> ownLines(List<String> lines, JsonNode keys) {
        int prelude = (keys.has("working-directory") ? 1 : 0) + keys.path("env").size();
        if (prelude > 0 && lines.size() >= prelude + 2 && lines.get(0).equals("(")
                && lines.get(lines.size() - 1).equals(")")) {
            return lines.subList(1 + prelude, lines.size() - 1);
        }
        return lines;
    }
}
