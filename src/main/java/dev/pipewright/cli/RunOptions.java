package dev.pipewright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by the commands that run a pipeline: variables, approvals, events, logs. */
final class RunOptions {

    enum AutoApproval { all, none }

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "A value for a pipeline variable (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--var-file", paramLabel = "FILE",
            description = "A file of NAME=VALUE lines (# comments), for secrets kept out of the pipeline and the shell history.")
    Path variablesFile;

    @Option(names = "--approve", paramLabel = "all|none",
            description = "Decide every approval gate without asking: all approves, none rejects.")
    AutoApproval approve;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Also write every event as JSON lines to FILE ('-' for standard output).")
    String eventsFile;

    @Option(names = {"-l", "--logs"}, description = "Print the actions' log output as it comes.")
    boolean showLogs;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "At most N actions at once (default: the number of processor cores).")
    Integer maxParallel;

    @Option(names = "--non-local", paramLabel = "skip|simulate", defaultValue = "skip",
            description = "Actions that run only on AWS (CodeDeploy, ECS, Lambda...): skip marks them Skipped "
                    + "(the default), simulate marks them Succeeded with empty output artifacts and no output "
                    + "variables.")
    NonLocalChoice nonLocal = NonLocalChoice.skip;

    enum NonLocalChoice { skip, simulate }

    @Option(names = "--no-color", description = "No colours in the terminal (NO_COLOR does the same).")
    boolean noColor;

    dev.pipewright.engine.NonLocalActions nonLocalActions() {
        return nonLocal == NonLocalChoice.simulate ? dev.pipewright.engine.NonLocalActions.SIMULATE
                : dev.pipewright.engine.NonLocalActions.SKIP;
    }

    Map<String, String> allVariables() {
        var all = new LinkedHashMap<String, String>();
        if (variablesFile != null) {
            all.putAll(readVariablesFile(variablesFile));
        }
        all.putAll(variables);
        return all;
    }

    static Map<String, String> readVariablesFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read the variables file " + file + ": " + e.getMessage());
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new UserError(file + ":" + (i + 1) + ": expected NAME=VALUE, found '" + line + "'");
            }
            values.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
        return values;
    }
}
